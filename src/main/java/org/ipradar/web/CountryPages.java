package org.ipradar.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.country.Citation;
import org.ipradar.country.CountryException;
import org.ipradar.country.CountryProfile;
import org.ipradar.country.Fact;
import org.ipradar.country.Membership;
import org.ipradar.country.Section;
import org.ipradar.country.Treaty;
import org.ipradar.desk.Actor;
import org.ipradar.index.Fields;
import org.ipradar.vocab.Countries;

/**
 * The country profiles' pages: the list and one profile, Chinese first with the English switch, and for editors a form
 * under each fact that saves it as a new version.
 */
final class CountryPages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(Fields.ZONE);

    private final Services services;

    CountryPages(Services services) {
        this.services = services;
    }

    private static PageFrame frame(Context ctx, Labels l, String title) {
        return PageFrame.of(ctx, l, title + " · " + l.get("title"), "",
                SearchLinks.withUi(ctx.path(), ctx.queryParamMap(), !l.english()));
    }

    private static String ui(Labels l, String path) {
        return l.english() ? path + (path.contains("?") ? "&" : "?") + "ui=en" : path;
    }

    /** {@code GET /countries}. */
    void list(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        List<CountryListPage.Row> asean = new ArrayList<>();
        List<CountryListPage.Row> other = new ArrayList<>();
        for (CountryProfile p : services.countries().list()) {
            CountryListPage.Row row = new CountryListPage.Row(p.code(), p.name(l.english()),
                    ui(l, "/countries/" + p.code()), p.facts().size(), p.flagged(), p.oldestReview().toString(),
                    origin(l, p, false));
            (Countries.ASEAN.contains(p.code()) ? asean : other).add(row);
        }
        List<CountryListPage.Group> groups = List.of(
                new CountryListPage.Group("asean", CountryText.get(l, "region.asean"), asean),
                new CountryListPage.Group("other", CountryText.get(l, "region.other"), other));
        PageController.send(ctx, 200, "countries.jte", new CountryListPage(frame(ctx, l, CountryText.get(l, "title")),
                groups, "/api/countries"));
    }

    /** {@code GET /countries/{code}}. */
    void profile(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        CountryProfile p = CountryApi.profile(services, ctx.pathParam("code"));
        Actor a = DeskRoutes.actor(ctx);
        boolean editor = CountryApi.isEditor(a);
        String csrf = editor ? Guard.viewer(ctx, l).csrf() : null;
        List<CountryPage.Section> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            List<CountryPage.FactView> facts = new ArrayList<>();
            for (Fact f : p.section(s)) {
                facts.add(view(l, p, f, csrf != null));
            }
            sections.add(new CountryPage.Section(s.wire(), CountryText.get(l, "section." + s.wire()), facts));
        }
        String saved = null;
        String savedParam = ctx.queryParam("saved");
        if (savedParam != null && savedParam.matches("[0-9]{1,9}")) {
            saved = CountryText.format(l, "saved", Long.parseLong(savedParam));
        }
        String heading = p.name(l.english()) + " (" + p.code() + ")";
        PageController.send(ctx, 200, "country.jte", new CountryPage(frame(ctx, l, heading), p.code(), heading,
                origin(l, p, editor), CountryText.format(l, "summary", p.facts().size(), p.flagged(),
                        p.oldestReview().toString()),
                editor && p.shippedChanged() ? CountryText.get(l, "shippedChanged") : null, saved, sections, csrf,
                p.version(), ui(l, "/countries"), "/api/countries/" + p.code()));
    }

    /** {@code POST /countries/{code}/facts/{fact}}: the edit form; 303 back to the fact on the profile page. */
    void saveFact(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        CountryProfile p = CountryApi.profile(services, ctx.pathParam("code"));
        String id = ctx.pathParam("fact");
        Fact current = p.fact(id).orElseThrow(() -> CountryException.notFound("the " + p.code()
                + " profile has no fact \"" + id + "\""));
        String versionText = field(ctx, "version");
        if (versionText == null || !versionText.matches("[0-9]{1,18}")) {
            throw CountryException.invalid("version_required", "version", "the form must say which version it"
                    + " edits (got " + (versionText == null ? "nothing" : "\"" + versionText + "\"") + ")");
        }
        Fact edited = fromForm(ctx, current);
        CountryProfile saved = services.countries().saveFact(DeskRoutes.actor(ctx), p.code(),
                Long.parseLong(versionText), null, edited);
        ctx.status(303).header("Location", ui(l, "/countries/" + p.code() + "?saved=" + saved.version())
                + "#fact-" + id);
    }

    // The fact as the form sends it; fields left out of the form keep nothing (an empty note is no note).
    private static Fact fromForm(Context ctx, Fact current) {
        String reviewed = field(ctx, "last_reviewed");
        LocalDate date;
        try {
            date = reviewed == null ? null : LocalDate.parse(reviewed);
        } catch (DateTimeParseException e) {
            throw CountryException.invalid("invalid_profile", "lastReviewed", "last reviewed must be a date such as"
                    + " 2026-11-24 (got \"" + reviewed + "\")");
        }
        List<String> types = field(ctx, "ip_types") == null ? List.of()
                : Arrays.stream(field(ctx, "ip_types").split("[,，、\\s]+")).filter(t -> !t.isBlank())
                        .map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
        Membership membership = null;
        if (current.membership() != null) {
            boolean member = "true".equals(field(ctx, "member"));
            String since = field(ctx, "since");
            Integer year = null;
            if (member && since != null) {
                if (!since.matches("[0-9]{4}")) {
                    throw CountryException.invalid("invalid_profile", "since", "member since must be a year such as"
                            + " 1995 (got \"" + since + "\")");
                }
                year = Integer.parseInt(since);
            }
            membership = new Membership(Treaty.parse(current.id()), member, year);
        }
        String sourceName = field(ctx, "source_name");
        String sourceUrl = field(ctx, "source_url");
        return new Fact(current.id(), field(ctx, "zh"), field(ctx, "en"),
                sourceName == null && sourceUrl == null ? null : new Citation(sourceName, sourceUrl), date,
                "on".equals(field(ctx, "review")) || "true".equals(field(ctx, "review")), field(ctx, "note_zh"),
                field(ctx, "note_en"), types, field(ctx, "website"), membership);
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private static CountryPage.FactView view(Labels l, CountryProfile p, Fact f, boolean editor) {
        String membership = null;
        String membershipClass = null;
        Membership m = f.membership();
        if (m != null) {
            membership = m.member() ? m.since() == null ? CountryText.get(l, "member")
                    : CountryText.format(l, "member.since", m.since()) : CountryText.get(l, "notMember");
            membershipClass = m.member() ? "ok" : "stale";
        }
        String types = f.ipTypes().stream().map(l::ipType).collect(Collectors.joining(l.english() ? ", " : "、"));
        CountryPage.Form form = !editor ? null : new CountryPage.Form(
                ui(l, "/countries/" + p.code() + "/facts/" + f.id()), f.zh(), f.en(), f.source().name(),
                f.source().url(), f.lastReviewed().toString(), f.review(), nz(f.noteZh()), nz(f.noteEn()),
                String.join(", ", f.ipTypes()), nz(f.website()), m != null, m != null && m.member(),
                m == null || m.since() == null ? "" : m.since().toString());
        return new CountryPage.FactView(f.id(), f.text(l.english()), f.source().name(),
                PageController.webAddress(f.source().url()), f.lastReviewed().toString(), f.review(),
                f.review() ? f.note(l.english()) : null, membership, membershipClass,
                PageController.webAddress(f.website()), types, form);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // Who edited is shown to editors only, as the bulletins do.
    private static String origin(Labels l, CountryProfile p, boolean editor) {
        if (p.origin() == CountryProfile.Origin.SHIPPED) {
            return CountryText.format(l, "origin.shipped", p.version());
        }
        String day = DAY.format(p.updated());
        return editor ? CountryText.format(l, "origin.editedBy", p.version(), p.updatedBy(), day)
                : CountryText.format(l, "origin.edited", p.version(), day);
    }
}
