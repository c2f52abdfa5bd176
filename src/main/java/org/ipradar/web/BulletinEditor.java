package org.ipradar.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.BulletinEdit;
import org.ipradar.bulletin.BulletinItem;
import org.ipradar.bulletin.BulletinService;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskException;
import org.ipradar.index.Fields;
import org.ipradar.search.InvalidRequestException;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.SearchResult;
import org.ipradar.store.Article;

/**
 * The bulletin editor: one form with the title, the introduction and the articles, whose every button posts the
 * whole form to {@code POST /desk/bulletins/{id}} with what it does in {@code op}: {@code save}, {@code publish},
 * {@code withdraw}, {@code up:N}, {@code down:N}, {@code remove:N}, {@code add} (a document id, or keywords to
 * search) and {@code add:ID}. The edits are saved over the version the form was opened at through
 * {@link BulletinService}, which decides what is allowed; a stale version shows the form as typed with the stored one.
 */
final class BulletinEditor {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(Fields.ZONE);
    /** Search results offered for adding. */
    static final int FOUND = 10;

    private final Services services;

    BulletinEditor(Services services) {
        this.services = services;
    }

    /**
     * What the form holds: the version it edits and the edit as typed.
     *
     * @param version the version edited
     * @param title the title
     * @param intro the introduction
     * @param items the articles in order with their summaries
     */
    record State(long version, String title, String intro, List<BulletinEdit.Item> items) {
        static State of(Bulletin b) {
            return new State(b.version(), b.title(), b.intro(), b.items().stream()
                    .map(i -> new BulletinEdit.Item(i.documentId(), i.summary())).toList());
        }

        /** Whether saving it would change the bulletin. */
        boolean differsFrom(Bulletin b) {
            if (!title.strip().equals(b.title()) || !intro.equals(b.intro()) || items.size() != b.items().size()) {
                return true;
            }
            for (int i = 0; i < items.size(); i++) {
                BulletinEdit.Item mine = items.get(i);
                BulletinItem theirs = b.items().get(i);
                if (!mine.documentId().equals(theirs.documentId()) || (mine.summary() != null
                        && !mine.summary().isBlank() && !mine.summary().strip().equals(theirs.summary()))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String text(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.replace("\r\n", "\n");
    }

    private static State read(Context ctx, long version) {
        List<String> ids = ctx.formParams("item");
        List<String> summaries = ctx.formParams("summary");
        List<BulletinEdit.Item> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            items.add(new BulletinEdit.Item(ids.get(i), i < summaries.size()
                    ? summaries.get(i).replace("\r\n", "\n") : null));
        }
        return new State(version, text(ctx, "title"), text(ctx, "intro"), items);
    }

    /** {@code GET /desk/bulletins/{id}[?find=keywords]}: the editor, with search results to add from. */
    void page(Context ctx) {
        Labels l = DeskPages.labels(ctx);
        Bulletin b = services.bulletins().get(DeskRoutes.actor(ctx), DeskRequests.bulletinId(ctx));
        String find = ctx.queryParam("find");
        View v = new View(State.of(b));
        v.notice = DeskPages.notice(ctx, l, "be.done.");
        if (find != null && !find.isBlank()) {
            v.add = find.strip();
            search(l, v, b);
        }
        render(ctx, 200, b, v);
    }

    /** {@code POST /desk/bulletins/{id}}: saves the form, then does what its button says. */
    void post(Context ctx) {
        Labels l = DeskPages.labels(ctx);
        Actor a = DeskRoutes.actor(ctx);
        long id = DeskRequests.bulletinId(ctx);
        Bulletin stored = services.bulletins().get(a, id);
        long version = DeskPages.formVersion(ctx);
        String op = ctx.formParam("op") == null ? "save" : ctx.formParam("op");
        if (op.equals("withdraw")) {
            try {
                services.bulletins().withdraw(a, id, version);
            } catch (DeskException e) {
                refused(ctx, l, a, stored, State.of(stored), version, e);
                return;
            }
            DeskPages.seeOther(ctx, l, "/desk/bulletins/" + id + "?done=withdrawn");
            return;
        }
        State typed = read(ctx, version);
        List<BulletinEdit.Item> items = new ArrayList<>(typed.items());
        String done = "saved";
        String find = null;
        String add = text(ctx, "add").strip();
        int at = op.indexOf(':');
        String verb = at < 0 ? op : op.substring(0, at);
        String arg = at < 0 ? "" : op.substring(at + 1);
        switch (verb) {
            case "save", "publish" -> { }
            case "up", "down", "remove" -> {
                int i = index(arg, items.size());
                if (verb.equals("remove")) {
                    items.remove(i);
                    done = "removed";
                } else {
                    int j = verb.equals("up") ? i - 1 : i + 1;
                    if (j >= 0 && j < items.size()) {
                        items.set(i, items.set(j, items.get(i)));
                    }
                    done = "moved";
                }
            }
            case "add" -> {
                String docId = arg.isEmpty() ? add : arg;
                if (docId.isEmpty()) {
                    View v = new View(typed);
                    v.error = l.get("be.add.missing");
                    v.errorField = "add";
                    render(ctx, 400, stored, v);
                    return;
                }
                if (!arg.isEmpty() || services.documents().get(docId).isPresent()) {
                    items.add(new BulletinEdit.Item(docId, null));
                    done = "added";
                } else {
                    find = docId; // not an id: keywords, shown as search results to add from
                }
            }
            default -> throw DeskException.invalid("op", "the form's button is not one the editor has (got \"" + op
                    + "\")");
        }
        State wanted = new State(version, typed.title(), typed.intro(), items);
        Bulletin b = stored;
        try {
            if (wanted.differsFrom(stored)) {
                b = services.bulletins().save(a, id, version, new BulletinEdit(wanted.title(), wanted.intro(),
                        wanted.items()));
            } else if (version != stored.version()) {
                throw DeskException.stale("bulletin " + id, version, stored.version());
            } else if (verb.equals("save")) {
                done = "unchanged";
            }
            if (verb.equals("publish")) {
                b = services.bulletins().publish(a, id, b.version());
                done = "published";
            }
        } catch (DeskException e) {
            refused(ctx, l, a, stored, typed, version, e);
            return;
        }
        if (find != null) {
            DeskPages.seeOther(ctx, l, "/desk/bulletins/" + id + "?find="
                    + URLEncoder.encode(find, StandardCharsets.UTF_8));
        } else {
            DeskPages.seeOther(ctx, l, "/desk/bulletins/" + id + "?done=" + done);
        }
    }

    private static int index(String arg, int size) {
        if (!arg.matches("[0-9]{1,4}") || Integer.parseInt(arg) >= size) {
            throw DeskException.invalid("op", "the article number " + arg + " is not in the form (it has " + size
                    + " articles)");
        }
        return Integer.parseInt(arg);
    }

    // A refused action: a stale version shows the form as typed (to be saved over the stored version, which is shown
    // beside it); bad input shows the form as typed with the reason; a refused publication or withdrawal shows the
    // bulletin as it now stands, with the reason.
    private void refused(Context ctx, Labels l, Actor a, Bulletin before, State typed, long version, DeskException e) {
        Bulletin now = services.bulletins().get(a, before.id());
        View v;
        int status;
        switch (e.reason()) {
            case STALE -> {
                v = new View(new State(now.version(), typed.title(), typed.intro(), typed.items()));
                v.error = DeskPages.fill(l.get("desk.stale"), version, now.version());
                v.saved = new BulletinEditorPage.Saved(DeskPages.fill(l.get("desk.saved"), now.version()),
                        now.title(), now.intro(), now.items().stream().map(BulletinItem::title).toList());
                status = 409;
            }
            case INVALID -> {
                v = new View(typed);
                v.error = l.getOr("be.error." + e.code(), l.getOr("be.error." + e.field(), e.getMessage()));
                v.errorField = e.code().equals("unknown_document") || e.code().equals("duplicate_item") ? "add"
                        : e.field();
                status = 400;
            }
            case CONFLICT -> {
                v = new View(State.of(now));
                v.error = l.getOr("be.error." + e.code(), e.getMessage());
                status = 409;
            }
            default -> throw e;
        }
        render(ctx, status, now, v);
    }

    /** What the page shows besides the bulletin: the form's state and the outcome of the last action. */
    private static final class View {
        final State state;
        String add = "";
        String notice;
        String error;
        String errorField;
        List<BulletinEditorPage.Found> found;
        String foundHeading;
        BulletinEditorPage.Saved saved;

        View(State state) {
            this.state = state;
        }
    }

    private void search(Labels l, View v, Bulletin b) {
        Set<String> in = b.items().stream().map(BulletinItem::documentId).collect(Collectors.toSet());
        SearchResult r;
        try {
            r = services.search().search(new SearchRequest(v.add, List.of(), List.of(), List.of(), List.of(), null,
                    null, SearchRequest.Sort.RELEVANCE, FOUND, 0));
        } catch (InvalidRequestException e) {
            v.error = e.getMessage();
            v.errorField = "add";
            return;
        }
        v.foundHeading = DeskPages.fill(l.get("be.found"), v.add);
        v.found = r.hits().stream().filter(h -> !"bulletin".equals(h.kind()))
                .map(h -> new BulletinEditorPage.Found(h.id(), h.title() == null || h.title().isBlank() ? h.id()
                        : h.title(), meta(l, h.kind(), h.published() == null ? null : DAY.format(h.published()),
                                h.countries()), in.contains(h.id())))
                .toList();
    }

    private static String meta(Labels l, String kind, String day, List<String> countries) {
        List<String> parts = new ArrayList<>();
        parts.add(l.kind(kind));
        parts.add(day == null ? l.get("date.unknown") : day);
        if (!countries.isEmpty()) {
            parts.add(countries.stream().map(l::countryName).collect(Collectors.joining(l.english() ? ", " : "、")));
        }
        return String.join(" · ", parts);
    }

    private void render(Context ctx, int status, Bulletin b, View v) {
        Labels l = DeskPages.labels(ctx);
        Map<String, BulletinItem> known = new java.util.HashMap<>();
        b.items().forEach(i -> known.put(i.documentId(), i));
        List<BulletinEditorPage.Item> items = new ArrayList<>();
        List<BulletinEdit.Item> typed = v.state.items();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            BulletinEdit.Item t = typed.get(i);
            BulletinItem k = known.get(t.documentId());
            String title;
            String meta;
            String summary = t.summary() == null ? "" : t.summary();
            if (k != null) {
                title = k.title();
                meta = meta(l, k.kind(), k.published() == null ? null : DAY.format(k.published()), k.countries());
            } else {
                Optional<Article> art = seen.add(t.documentId()) ? services.documents().get(t.documentId())
                        : Optional.empty();
                title = art.map(Article::title).orElse(t.documentId());
                meta = art.map(x -> meta(l, x.kind(), x.published() == null ? null : DAY.format(x.published()),
                        x.countries())).orElse("");
            }
            items.add(new BulletinEditorPage.Item(i, t.documentId(), (i + 1) + ". " + title, meta, summary,
                    DeskPages.ui(l, PageController.documentPath(t.documentId())), i == 0, i == typed.size() - 1));
        }
        boolean editable = !b.isPublic();
        List<String> problems = editable ? BulletinService.problems(b).stream()
                .map(BulletinService.Problem::message).filter(m -> !m.equals(v.error)).toList() : List.of();
        String heading = l.get("be.title") + " · " + l.quarter(b.quarter());
        PageController.send(ctx, status, "desk-bulletin.jte", new BulletinEditorPage(
                DeskPages.frame(ctx, l, heading), b.id(), heading, l.quarter(b.quarter()), b.status(),
                l.get("desk.status." + b.status()), editable, DeskPages.ui(l, "/desk/bulletins/" + b.id()),
                v.state.version(), DeskPages.fill(l.get("desk.version"), v.state.version()), v.state.title(),
                v.state.intro(), items, v.add, v.notice, v.error, v.errorField, problems, v.found, v.foundHeading,
                v.saved, DeskPages.ui(l, "/bulletins/" + b.id()), DeskPages.ui(l, "/desk")));
    }
}
