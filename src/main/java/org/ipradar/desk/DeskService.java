package org.ipradar.desk;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipradar.index.DocumentWriter;
import org.ipradar.store.Article;
import org.ipradar.store.AuditEvent;
import org.ipradar.store.AuditStore;
import org.ipradar.store.RawStore;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Industry;
import org.ipradar.vocab.IpType;

/**
 * Editors' documents: create, save with optimistic locking, publish into search, withdraw from it. A published
 * document is an {@link Article} of source {@code desk} in the same store and index as crawled ones, written in the
 * same transaction as the desk's own row and its audit entry, and searchable when the call returns.
 */
public final class DeskService {
    /** The kinds an editor may write, in the order forms show them. */
    public static final List<String> KINDS = List.of("guide", "law", "case");
    /** The longest title accepted. */
    public static final int MAX_TITLE = 300;

    private final DeskStore store;
    private final DocumentWriter writer;
    private final AuditStore audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** The desk over its store, writing public documents through the writer and each change to the audit log. */
    public DeskService(DeskStore store, DocumentWriter writer, AuditStore audit, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a draft written by the actor, at version 1. */
    public DeskDocument create(Actor actor, DeskDraft draft) {
        requireEditor(actor);
        Instant now = now();
        String id = "desk-" + HexFormat.of().formatHex(randomBytes());
        DeskDocument d = build(draft, id, DeskDocument.DRAFT, 1, actor.name(), now, now, actor.name(), null, null);
        writer.transaction(c -> {
            store.insert(c, d);
            audit.record(c, event(actor, "document_created", d));
            return null;
        });
        return d;
    }

    /**
     * Saves new content over version {@code expectedVersion}; a stale version changes nothing and throws
     * {@link DeskException.Reason#STALE}. A published document is updated in search at once.
     */
    public DeskDocument save(Actor actor, String id, long expectedVersion, DeskDraft draft) {
        requireEditor(actor);
        return change(actor, "document_saved", id, expectedVersion, old -> build(draft, id, old.status(), old.version() + 1,
                old.author(), old.created(), now(), actor.name(), old.published(), old.withdrawn()));
    }

    /** Publishes a draft or withdrawn document: it enters search at once; its first publication date is kept. */
    public DeskDocument publish(Actor actor, String id, Long expectedVersion) {
        requireEditor(actor);
        return change(actor, "document_published", id, expectedVersion, old -> {
            if (old.status().equals(DeskDocument.PUBLISHED)) {
                throw DeskException.conflict("already_published", "the document \"" + id + "\" is already published");
            }
            Instant now = now();
            return with(old, DeskDocument.PUBLISHED, now, actor.name(),
                    old.published() == null ? now : old.published(), old.withdrawn());
        });
    }

    /** Withdraws a published document: it leaves search at once and stays on the desk, where it can be published again. */
    public DeskDocument withdraw(Actor actor, String id, Long expectedVersion) {
        requireEditor(actor);
        return change(actor, "document_withdrawn", id, expectedVersion, old -> {
            if (!old.status().equals(DeskDocument.PUBLISHED)) {
                throw DeskException.conflict("not_published", "the document \"" + id + "\" is not published"
                        + " (it is " + old.status() + "), so there is nothing to withdraw");
            }
            Instant now = now();
            return with(old, DeskDocument.WITHDRAWN, now, actor.name(), old.published(), now);
        });
    }

    /** One document; editors see every one, anyone else none. */
    public DeskDocument get(Actor actor, String id) {
        if (actor == null || !actor.isEditor()) {
            throw notFound(id);
        }
        return store.get(id).orElseThrow(() -> notFound(id));
    }

    /** Every document on the desk, or those with the status, most recently changed first; for editors only. */
    public List<DeskDocument> list(Actor actor, String status) {
        requireEditor(actor);
        if (status != null && !Set.of(DeskDocument.DRAFT, DeskDocument.PUBLISHED, DeskDocument.WITHDRAWN)
                .contains(status)) {
            throw DeskException.invalid("status", "status must be one of: draft, published, withdrawn (got \""
                    + status + "\")");
        }
        return store.list(status);
    }

    @FunctionalInterface
    private interface Change {
        DeskDocument apply(DeskDocument old);
    }

    // Reads, checks the author and the version, writes the new row, its public document and the audit entry in one
    // transaction.
    private DeskDocument change(Actor actor, String action, String id, Long expectedVersion, Change change) {
        return writer.transaction(c -> {
            DeskDocument old = store.get(c, id).orElseThrow(() -> notFound(id));
            if (!old.author().equals(actor.name())) {
                throw DeskException.forbidden("not_author", "only the author of \"" + id + "\" (" + old.author()
                        + ") may change it");
            }
            long expected = expectedVersion == null ? old.version() : expectedVersion;
            if (expected != old.version()) {
                throw DeskException.stale("the document \"" + id + "\"", expected, old.version());
            }
            DeskDocument next = change.apply(old);
            if (!store.update(c, next, expected)) {
                throw DeskException.stale("the document \"" + id + "\"", expected, old.version());
            }
            if (next.status().equals(DeskDocument.PUBLISHED)) {
                writer.store().upsert(c, List.of(toArticle(next)));
            } else if (old.status().equals(DeskDocument.PUBLISHED)) {
                writer.store().withdraw(c, id);
            }
            audit.record(c, event(actor, action, next));
            return next;
        });
    }

    // The audit entry: who, what, which document, its version and title (never its text).
    private static AuditEvent event(Actor actor, String action, DeskDocument d) {
        return new AuditEvent(actor.name(), action, "document", d.id(), d.kind() + " \"" + d.title() + "\" version "
                + d.version() + " (" + d.status() + ")", "ok", actor.address());
    }

    /** The public document a published desk document becomes. */
    public static Article toArticle(DeskDocument d) {
        String hash = RawStore.sha256(String.join("\u0000", d.title(), d.text(), d.kind(), d.lang(),
                String.join(",", d.countries()), String.join(",", d.ipTypes()), String.join(",", d.industries()),
                String.valueOf(d.published())).getBytes(StandardCharsets.UTF_8));
        return new Article(d.id(), null, null, d.title(), d.text(), DeskDocument.SOURCE, d.lang(), d.kind(),
                d.countries(), d.ipTypes(), d.industries(), d.id(), d.published(), d.updated(), hash, null, 0);
    }

    private static DeskDocument with(DeskDocument o, String status, Instant updated, String by, Instant published,
            Instant withdrawn) {
        return new DeskDocument(o.id(), o.kind(), status, o.version() + 1, o.author(), o.title(), o.lang(),
                o.format(), o.body(), o.bodyHtml(), o.text(), o.countries(), o.ipTypes(), o.industries(),
                o.caseRecord(), o.created(), updated, by, published, withdrawn);
    }

    // Checks every field of the draft and derives the safe HTML and the plain text.
    private static DeskDocument build(DeskDraft d, String id, String status, long version, String author,
            Instant created, Instant updated, String updatedBy, Instant published, Instant withdrawn) {
        if (d == null) {
            throw DeskException.invalid("body", "the request has no document");
        }
        if (d.kind() == null || !KINDS.contains(d.kind())) {
            throw DeskException.invalid("kind", "kind must be one of: " + String.join(", ", KINDS) + " (got "
                    + (d.kind() == null ? "nothing" : "\"" + d.kind() + "\"") + ")");
        }
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            throw DeskException.invalid("title", "title must not be empty");
        }
        if (title.length() > MAX_TITLE) {
            throw DeskException.invalid("title", "title is longer than " + MAX_TITLE + " characters");
        }
        String lang = d.lang() == null ? "" : d.lang().strip();
        if (!lang.matches("[a-z]{2}")) {
            throw DeskException.invalid("lang", "lang must be an ISO 639-1 code such as zh or en (got \"" + lang
                    + "\")");
        }
        Markup.Format format;
        try {
            format = Markup.Format.parse(d.format() == null ? "markdown" : d.format());
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("format", "format " + e.getMessage());
        }
        String body = d.body() == null ? "" : d.body();
        if (body.length() > Markup.MAX_CHARS) {
            throw DeskException.invalid("too_large", "body", "body is " + body.length() + " characters; at most "
                    + Markup.MAX_CHARS + " are accepted");
        }
        List<String> countries = codes("countries", d.countries(), v -> Countries.parse(v));
        List<String> ipTypes = codes("ipTypes", d.ipTypes(), v -> IpType.parse(v).wire());
        List<String> industries = codes("industries", d.industries(), v -> Industry.parse(v).wire());
        CaseRecord record = d.caseRecord();
        if (d.kind().equals("case")) {
            if (record == null) {
                throw DeskException.invalid("case", "a case needs its case record (forum, parties, cause, outcome,"
                        + " lessons, sources)");
            }
            record.validate();
        } else if (record != null) {
            throw DeskException.invalid("case", "only a document of kind case has a case record (this is a "
                    + d.kind() + ")");
        }
        String safeBody = format == Markup.Format.HTML ? Markup.sanitize(body) : body;
        String html = Markup.toHtml(format, safeBody);
        String text = Markup.text(html);
        if (record != null) {
            String facts = record.text(!lang.equals("zh"));
            text = text.isEmpty() ? facts : text + "\n\n" + facts;
        }
        if (text.isBlank()) {
            throw DeskException.invalid("body", "body must not be empty");
        }
        return new DeskDocument(id, d.kind(), status, version, author, title, lang, format.wire(), safeBody, html,
                text, countries, ipTypes, industries, record, created, updated, updatedBy, published, withdrawn);
    }

    private static List<String> codes(String field, List<String> values,
            java.util.function.Function<String, String> parse) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            try {
                out.add(parse.apply(v));
            } catch (IllegalArgumentException e) {
                throw DeskException.invalid(field, field + " " + e.getMessage());
            }
        }
        return new ArrayList<>(out);
    }

    private static void requireEditor(Actor actor) {
        if (actor == null || !actor.isEditor()) {
            throw DeskException.forbidden("editor_only", "only editors may write documents");
        }
    }

    private static DeskException notFound(String id) {
        return DeskException.notFound("no desk document has the id \"" + id + "\"");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private byte[] randomBytes() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return b;
    }
}
