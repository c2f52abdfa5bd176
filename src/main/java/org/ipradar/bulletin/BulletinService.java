package org.ipradar.bulletin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskException;
import org.ipradar.desk.Markup;
import org.ipradar.index.DocumentWriter;
import org.ipradar.index.Fields;
import org.ipradar.store.Article;
import org.ipradar.store.AuditEvent;
import org.ipradar.store.AuditStore;
import org.ipradar.store.DocumentStore;
import org.ipradar.store.RawStore;

/**
 * Quarterly bulletins: propose a draft for a quarter, save edits with optimistic locking, publish (at least
 * {@value Bulletin#MIN_ITEMS} articles) and withdraw. Publishing is one SQLite transaction that changes the bulletin
 * and adds its searchable document and its audit entry together, so a crash leaves it either published or not,
 * never half; the index follows before the call returns, or on the next start.
 */
public final class BulletinService {
    /** A started quarter with fewer candidate documents than this, and too few articles, is flagged. */
    public static final int FEW_CANDIDATES = 2 * Bulletin.MIN_ITEMS;
    /** The longest title accepted. */
    public static final int MAX_TITLE = 300;
    /** The longest introduction accepted, in characters of Markdown. */
    public static final int MAX_INTRO = 20_000;
    /** The longest summary accepted. */
    public static final int MAX_SUMMARY = 2_000;

    private final BulletinStore store;
    private final DocumentWriter writer;
    private final DocumentStore documents;
    private final AuditStore audit;
    private final Clock clock;

    /** Bulletins over their store, writing public documents through the writer and each change to the audit log. */
    public BulletinService(BulletinStore store, DocumentWriter writer, AuditStore audit, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.documents = writer.store();
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Why a bulletin cannot be published as it stands, in Chinese then English.
     *
     * @param code stable snake_case code
     * @param message the reason, in both languages
     */
    public record Problem(String code, String message) {}

    /**
     * A proposed draft for the quarter, not stored: its most relevant documents ({@link Proposer}) with their
     * summaries ({@link Summaries}), the default title, and an introduction to rewrite.
     */
    public static Bulletin draft(DocumentStore documents, Quarter q, int size, String by, Instant now) {
        List<Article> candidates = documents.publishedBetween(q.start(), q.end());
        List<BulletinItem> items = new ArrayList<>();
        for (Proposer.Scored s : Proposer.propose(candidates, size)) {
            items.add(item(s.article(), Summaries.of(s.article())));
        }
        String title = Bulletin.SERIES + "（" + q.zh() + "）";
        return new Bulletin(0, q.toString(), Bulletin.DRAFT, 1, title, intro(q, items), items, candidates.size(), by,
                now, by, now, null, null, null);
    }

    /** Proposes and stores a draft for a quarter; {@code size} defaults to {@value Proposer#DEFAULT_SIZE}. */
    public Bulletin propose(Actor actor, String quarter, Integer size) {
        requireEditor(actor);
        Quarter q;
        try {
            q = Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("quarter", e.getMessage());
        }
        int n = size == null ? Proposer.DEFAULT_SIZE : size;
        if (n < 1 || n > Proposer.MAX_SIZE) {
            throw DeskException.invalid("size", "size must be from 1 to " + Proposer.MAX_SIZE + " (got " + n + ")");
        }
        Bulletin draft = draft(documents, q, n, actor.name(), now());
        return store.database().write(c -> {
            Bulletin stored = store.insert(c, draft);
            audit.record(c, event(actor, "bulletin_created", stored));
            return stored;
        });
    }

    /** Saves an edit over version {@code expectedVersion} of a draft or withdrawn bulletin. */
    public Bulletin save(Actor actor, long id, long expectedVersion, BulletinEdit edit) {
        requireEditor(actor);
        if (edit == null) {
            throw DeskException.invalid("body", "the request has no bulletin");
        }
        return change(actor, "bulletin_saved", id, expectedVersion, (c, old) -> {
            if (old.status().equals(Bulletin.PUBLISHED)) {
                throw DeskException.conflict("published_read_only", "bulletin " + id + " is published and cannot be"
                        + " edited; withdraw it first");
            }
            String title = old.title();
            if (edit.title() != null) {
                title = edit.title().strip();
                if (title.isEmpty()) {
                    throw DeskException.invalid("title", "title must not be empty");
                }
                if (title.length() > MAX_TITLE) {
                    throw DeskException.invalid("title", "title is longer than " + MAX_TITLE + " characters");
                }
            }
            String intro = old.intro();
            if (edit.intro() != null) {
                intro = edit.intro();
                if (intro.length() > MAX_INTRO) {
                    throw DeskException.invalid("too_large", "intro", "intro is " + intro.length()
                            + " characters; at most " + MAX_INTRO + " are accepted");
                }
            }
            List<BulletinItem> items = edit.items() == null ? old.items() : items(old, edit.items());
            return new Bulletin(old.id(), old.quarter(), old.status(), old.version() + 1, title, intro, items,
                    old.candidates(), old.createdBy(), old.created(), actor.name(), now(), old.published(),
                    old.publishedBy(), old.withdrawn());
        });
    }

    // The edited list: known items keep their snapshot, new ones are read from the public documents.
    private List<BulletinItem> items(Bulletin old, List<BulletinEdit.Item> wanted) {
        if (wanted.size() > Proposer.MAX_SIZE) {
            throw DeskException.invalid("too_many_items", "items", "a bulletin may have at most " + Proposer.MAX_SIZE
                    + " articles (got " + wanted.size() + ")");
        }
        Map<String, BulletinItem> current = new LinkedHashMap<>();
        old.items().forEach(i -> current.put(i.documentId(), i));
        Set<String> seen = new HashSet<>();
        List<BulletinItem> out = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            BulletinEdit.Item w = wanted.get(i);
            String field = "items[" + i + "]";
            if (w == null || w.documentId() == null || w.documentId().isBlank()) {
                throw DeskException.invalid("items", field + ".documentId must name a document");
            }
            String docId = w.documentId().strip();
            if (!seen.add(docId)) {
                throw DeskException.invalid("duplicate_item", "items", field + ": the document \"" + docId
                        + "\" is already in the bulletin");
            }
            BulletinItem item = current.get(docId);
            if (item == null) {
                Article a = documents.get(docId).orElseThrow(() -> DeskException.invalid("unknown_document", "items",
                        field + ": no public document has the id \"" + docId + "\""));
                if (a.kind().equals("bulletin")) {
                    throw DeskException.invalid("items", field + ": a bulletin cannot be an article of another");
                }
                item = item(a, Summaries.of(a));
            }
            if (w.summary() != null && !w.summary().isBlank()) {
                String summary = w.summary().strip();
                if (summary.length() > MAX_SUMMARY) {
                    throw DeskException.invalid("items", field + ".summary is longer than " + MAX_SUMMARY
                            + " characters");
                }
                item = item.withSummary(summary);
            }
            out.add(item);
        }
        return out;
    }

    /** Publishes a draft or withdrawn bulletin of at least {@value Bulletin#MIN_ITEMS} articles, atomically. */
    public Bulletin publish(Actor actor, long id, Long expectedVersion) {
        requireEditor(actor);
        return change(actor, "bulletin_published", id, expectedVersion, (c, old) -> {
            if (old.status().equals(Bulletin.PUBLISHED)) {
                throw DeskException.conflict("already_published", "bulletin " + id + " is already published");
            }
            List<Problem> problems = problems(old);
            if (!problems.isEmpty()) {
                throw DeskException.conflict(problems.getFirst().code(), problems.getFirst().message());
            }
            for (BulletinItem it : old.items()) {
                if (documents.get(it.documentId()).isEmpty()) {
                    throw DeskException.conflict("withdrawn_item", "第 " + (old.items().indexOf(it) + 1) + " 篇文章“"
                            + it.title() + "”已撤回，请先移除。 The article \"" + it.title() + "\" ("
                            + it.documentId() + ") has been withdrawn; remove it first.");
                }
            }
            Instant now = now();
            Bulletin next = new Bulletin(old.id(), old.quarter(), Bulletin.PUBLISHED, old.version() + 1, old.title(),
                    old.intro(), old.items(), old.candidates(), old.createdBy(), old.created(), actor.name(), now,
                    now, actor.name(), old.withdrawn());
            return next;
        });
    }

    /** Withdraws a published bulletin: off the site, the feed and search at once; it may be edited and republished. */
    public Bulletin withdraw(Actor actor, long id, Long expectedVersion) {
        requireEditor(actor);
        return change(actor, "bulletin_withdrawn", id, expectedVersion, (c, old) -> {
            if (!old.status().equals(Bulletin.PUBLISHED)) {
                throw DeskException.conflict("not_published", "bulletin " + id + " is not published (it is "
                        + old.status() + "), so there is nothing to withdraw");
            }
            Instant now = now();
            return new Bulletin(old.id(), old.quarter(), Bulletin.WITHDRAWN, old.version() + 1, old.title(),
                    old.intro(), old.items(), old.candidates(), old.createdBy(), old.created(), actor.name(), now,
                    old.published(), old.publishedBy(), now);
        });
    }

    @FunctionalInterface
    private interface Change {
        Bulletin apply(java.sql.Connection c, Bulletin old) throws java.sql.SQLException;
    }

    // Reads, checks the version, writes the bulletin, its public document and the audit entry in one transaction,
    // then search.
    private Bulletin change(Actor actor, String action, long id, Long expectedVersion, Change change) {
        return writer.transaction(c -> {
            Bulletin old = store.get(c, id).orElseThrow(() -> notFound(id));
            long expected = expectedVersion == null ? old.version() : expectedVersion;
            if (expected != old.version()) {
                throw DeskException.stale("bulletin " + id, expected, old.version());
            }
            Bulletin next = change.apply(c, old);
            if (!store.update(c, next, expected)) {
                throw DeskException.stale("bulletin " + id, expected, old.version());
            }
            if (next.isPublic()) {
                documents.upsert(c, List.of(toArticle(next)));
            } else if (old.isPublic()) {
                documents.withdraw(c, old.documentId());
            }
            audit.record(c, event(actor, action, next));
            return next;
        });
    }

    /** The audit entry for a change to a bulletin: who, what, which bulletin, its quarter, version and size. */
    public static AuditEvent event(Actor actor, String action, Bulletin b) {
        return new AuditEvent(actor.name(), action, "bulletin", Long.toString(b.id()), b.quarter() + " \"" + b.title()
                + "\" version " + b.version() + ", " + b.items().size() + " articles (" + b.status() + ")", "ok",
                actor.address());
    }

    /** Why the bulletin cannot be published as it stands; empty when it can. */
    public static List<Problem> problems(Bulletin b) {
        List<Problem> out = new ArrayList<>();
        int n = b.items().size();
        if (n < Bulletin.MIN_ITEMS) {
            out.add(new Problem("too_few_items", "一期简报至少需要 " + Bulletin.MIN_ITEMS + " 篇文章才能发布，本期只有 " + n
                    + " 篇。 A bulletin needs at least " + Bulletin.MIN_ITEMS + " articles to be published; this one has "
                    + n + "."));
        }
        if (b.candidates() < Bulletin.MIN_ITEMS && n < Bulletin.MIN_ITEMS) {
            Quarter q = b.period();
            out.add(new Problem("few_candidates", q.zh() + "（" + q.firstDay() + " 至 " + q.lastDay() + "）只发布了 "
                    + b.candidates() + " 篇候选文档：请在编辑台撰写指南、法律政策或案例，或添加其他季度的文章。 Only "
                    + b.candidates() + " candidate document" + (b.candidates() == 1 ? " was" : "s were")
                    + " published in " + q + " (" + q.firstDay() + " to " + q.lastDay() + ", Asia/Shanghai): write"
                    + " guides, law notes or cases on the desk, or add articles from other quarters."));
        }
        return out;
    }

    /** One bulletin: published ones for anyone, the others for editors only (anyone else gets not found). */
    public Bulletin get(Actor actor, long id) {
        Bulletin b = store.get(id).orElseThrow(() -> notFound(id));
        if (!b.isPublic() && (actor == null || !actor.isEditor())) {
            throw notFound(id);
        }
        return b;
    }

    /** Published bulletins for anyone; editors see drafts and withdrawn ones too. Newest quarter first. */
    public List<Bulletin> list(Actor actor) {
        return actor != null && actor.isEditor()
                ? store.list(List.of(Bulletin.DRAFT, Bulletin.PUBLISHED, Bulletin.WITHDRAWN))
                : published();
    }

    /** The published bulletins, newest quarter first. */
    public List<Bulletin> published() {
        return store.list(List.of(Bulletin.PUBLISHED));
    }

    /** The tracker for a year, as of today in Asia/Shanghai; editors only. */
    public Coverage coverage(Actor actor, int year) {
        requireEditor(actor);
        if (year < 2000 || year > 2100) {
            throw DeskException.invalid("year", "year must be from 2000 to 2100 (got " + year + ")");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Fields.ZONE);
        Map<String, BulletinStore.QuarterCounts> counts = store.countsOfYear(year);
        List<Coverage.Row> rows = new ArrayList<>();
        for (Quarter q : Quarter.ofYear(year)) {
            String state = today.isAfter(q.lastDay()) ? "past" : today.isBefore(q.firstDay()) ? "upcoming" : "current";
            Integer daysLeft = state.equals("current") ? (int) ChronoUnit.DAYS.between(today, q.lastDay()) + 1 : null;
            BulletinStore.QuarterCounts qc = counts.getOrDefault(q.toString(), new BulletinStore.QuarterCounts(0, 0, 0));
            int candidates = state.equals("upcoming") ? 0 : documents.countPublishedBetween(q.start(), q.end());
            List<String> flags = new ArrayList<>();
            if (!state.equals("upcoming") && qc.articles() < Bulletin.MIN_ITEMS) {
                flags.add(Coverage.BELOW_MINIMUM);
                if (candidates < FEW_CANDIDATES) {
                    flags.add(Coverage.FEW_CANDIDATES);
                }
            }
            rows.add(new Coverage.Row(q.toString(), q.firstDay(), q.lastDay(), state, daysLeft, qc.published(),
                    qc.drafts(), qc.articles(), candidates, List.copyOf(flags)));
        }
        return new Coverage(year, today, Bulletin.MIN_ITEMS, FEW_CANDIDATES, rows);
    }

    /** The public document a published bulletin is searchable as: kind {@code bulletin}, source {@code desk}. */
    public static Article toArticle(Bulletin b) {
        List<String> parts = new ArrayList<>(Markup.paragraphs(Markup.Format.MARKDOWN, b.intro()));
        Set<String> countries = new LinkedHashSet<>();
        Set<String> ipTypes = new LinkedHashSet<>();
        int n = 0;
        for (BulletinItem it : b.items()) {
            parts.add(++n + ". " + it.title() + "\n" + it.summary());
            countries.addAll(it.countries());
            ipTypes.addAll(it.ipTypes());
        }
        String text = String.join("\n\n", parts);
        String hash = RawStore.sha256(String.join("\u0000", b.title(), text, String.valueOf(b.published()))
                .getBytes(StandardCharsets.UTF_8));
        return new Article(b.documentId(), null, null, b.title(), text, DeskDocument.SOURCE, "zh", "bulletin",
                List.copyOf(countries), List.copyOf(ipTypes), List.of(), b.documentId(), b.published(), b.updated(),
                hash, null, 0);
    }

    private static BulletinItem item(Article a, String summary) {
        return new BulletinItem(a.id(), a.title(), a.url(), a.source(), a.lang(), a.kind(), a.countries(),
                a.ipTypes(), a.published(), summary);
    }

    // The proposed introduction: how many articles, on which countries and IP types.
    private static String intro(Quarter q, List<BulletinItem> items) {
        if (items.isEmpty()) {
            return "";
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> ipTypes = new LinkedHashSet<>();
        items.forEach(i -> {
            countries.addAll(i.countries());
            ipTypes.addAll(i.ipTypes());
        });
        StringBuilder b = new StringBuilder("本期简报精选" + q.zh() + "海外知识产权信息 " + items.size() + " 篇");
        if (!countries.isEmpty()) {
            b.append("，涉及").append(Names.countries(List.copyOf(countries).subList(0, Math.min(5, countries.size())),
                    false)).append(countries.size() > 5 ? "等" : "").append("国家和地区");
        }
        if (!ipTypes.isEmpty()) {
            b.append("，涵盖").append(Names.ipTypes(List.copyOf(ipTypes), false)).append("等领域");
        }
        return b.append("，供出口企业参考。").toString();
    }

    private static void requireEditor(Actor actor) {
        if (actor == null || !actor.isEditor()) {
            throw DeskException.forbidden("editor_only", "only editors may work on bulletins");
        }
    }

    private static DeskException notFound(long id) {
        return DeskException.notFound("no bulletin has the id " + id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
