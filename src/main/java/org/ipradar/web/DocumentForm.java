package org.ipradar.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ipradar.desk.CaseRecord;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskDraft;

/**
 * The values of the document form as typed (so a refused form comes back as the editor left it), read from a post
 * or from a stored document, and turned into a {@link DeskDraft} for the desk service, which checks them.
 *
 * @param kind {@code guide}, {@code law} or {@code case}
 * @param version the version edited, 0 for a new document
 * @param title the title
 * @param lang the language code
 * @param format {@code markdown} or {@code html}
 * @param body the text
 * @param countries country codes as typed, comma-separated
 * @param ipTypes the IP types ticked
 * @param industries the industries ticked
 * @param forum the forum chosen, or blank
 * @param forumName the forum by name
 * @param caseNumber the case number
 * @param parties the parties, blank rows left out
 * @param cause the cause of action
 * @param filed the filing date as typed
 * @param decided the decision date as typed
 * @param outcome the outcome
 * @param moneyKind {@code damages}, {@code settlement} or blank
 * @param amount the amount as typed
 * @param currency the currency as typed
 * @param lessons the lessons for exporters
 * @param sources the sources, blank rows left out
 */
public record DocumentForm(String kind, long version, String title, String lang, String format, String body,
        String countries, List<String> ipTypes, List<String> industries, String forum, String forumName,
        String caseNumber, List<Party> parties, String cause, String filed, String decided, String outcome,
        String moneyKind, String amount, String currency, String lessons, List<Source> sources) {
    /** Empty rows the form offers after the filled ones, for parties and sources. */
    static final int SPARE_ROWS = 2;

    /**
     * A party row.
     *
     * @param role its role's wire name, or blank
     * @param name its name
     */
    public record Party(String role, String name) {}

    /**
     * A source row.
     *
     * @param title its title
     * @param url its address
     */
    public record Source(String title, String url) {}

    /**
     * The draft the values make, or the fields whose values could not even be read (dates, the amount).
     *
     * @param draft the draft, or null when a field could not be read
     * @param unreadable the fields that could not be read, as the service names them ({@code case.filed})
     */
    record Parsed(DeskDraft draft, List<String> unreadable) {}

    /** An empty form for a new document of the kind: Chinese, Markdown. */
    static DocumentForm blank(String kind) {
        return new DocumentForm(kind, 0, "", "zh", "markdown", "", "", List.of(), List.of(), "", "", "", List.of(),
                "", "", "", "", "", "", "", "", List.of());
    }

    /** The form for a stored document. */
    static DocumentForm of(DeskDocument d) {
        CaseRecord c = d.caseRecord();
        String countries = String.join(", ", d.countries());
        if (c == null) {
            return new DocumentForm(d.kind(), d.version(), d.title(), d.lang(), d.format(), d.body(), countries,
                    d.ipTypes(), d.industries(), "", "", "", List.of(), "", "", "", "", "", "", "", "", List.of());
        }
        CaseRecord.Money m = c.money();
        return new DocumentForm(d.kind(), d.version(), d.title(), d.lang(), d.format(), d.body(), countries,
                d.ipTypes(), d.industries(), c.forum(), c.forumName(), c.caseNumber(),
                c.parties().stream().map(p -> new Party(p.role(), p.name())).toList(), c.cause(),
                c.filed() == null ? "" : c.filed().toString(), c.decided() == null ? "" : c.decided().toString(),
                c.outcome(), m == null ? "" : m.kind(), m == null ? "" : m.amount().toPlainString(),
                m == null ? "" : m.currency(), c.lessons(),
                c.sources().stream().map(s -> new Source(s.title() == null ? "" : s.title(), s.url())).toList());
    }

    /** The form as posted; the kind comes from the post, or the stored document's when given. */
    static DocumentForm read(Context ctx, String kind) {
        List<String> roles = ctx.formParams("partyRole");
        List<String> names = ctx.formParams("partyName");
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < Math.max(roles.size(), names.size()); i++) {
            String role = i < roles.size() ? roles.get(i).strip() : "";
            String name = i < names.size() ? names.get(i).strip() : "";
            if (!role.isEmpty() || !name.isEmpty()) {
                parties.add(new Party(role, name));
            }
        }
        List<String> titles = ctx.formParams("sourceTitle");
        List<String> urls = ctx.formParams("sourceUrl");
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < Math.max(titles.size(), urls.size()); i++) {
            String t = i < titles.size() ? titles.get(i).strip() : "";
            String u = i < urls.size() ? urls.get(i).strip() : "";
            if (!t.isEmpty() || !u.isEmpty()) {
                sources.add(new Source(t, u));
            }
        }
        return new DocumentForm(kind, version(ctx.formParam("version")), text(ctx, "title"), text(ctx, "lang"),
                text(ctx, "format"), text(ctx, "body"), text(ctx, "countries"), ctx.formParams("ipType"),
                ctx.formParams("industry"), text(ctx, "forum"), text(ctx, "forumName"), text(ctx, "caseNumber"),
                parties, text(ctx, "cause"), text(ctx, "filed"), text(ctx, "decided"), text(ctx, "outcome"),
                text(ctx, "moneyKind"), text(ctx, "amount"), text(ctx, "currency"), text(ctx, "lessons"), sources);
    }

    // A field as posted, with the CR LF line ends of a form made LF; missing is empty.
    private static String text(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.replace("\r\n", "\n");
    }

    private static long version(String v) {
        if (v == null || !v.strip().matches("[0-9]{1,18}")) {
            return 0;
        }
        return Long.parseLong(v.strip());
    }

    /** The same values editing another version, for the form shown after a save conflict. */
    DocumentForm withVersion(long v) {
        return new DocumentForm(kind, v, title, lang, format, body, countries, ipTypes, industries, forum, forumName,
                caseNumber, parties, cause, filed, decided, outcome, moneyKind, amount, currency, lessons, sources);
    }

    /** The party rows to show: the filled ones and {@value #SPARE_ROWS} empty ones. */
    public List<Party> partyRows() {
        List<Party> rows = new ArrayList<>(parties);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new Party("", ""));
        }
        return rows;
    }

    /** The source rows to show: the filled ones and {@value #SPARE_ROWS} empty ones. */
    public List<Source> sourceRows() {
        List<Source> rows = new ArrayList<>(sources);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new Source("", ""));
        }
        return rows;
    }

    /** The draft these values make, or the fields that could not be read. */
    Parsed parse() {
        List<String> unreadable = new ArrayList<>();
        List<String> codes = Arrays.stream(countries.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
        CaseRecord record = null;
        if ("case".equals(kind)) {
            LocalDate f = date(filed, "case.filed", unreadable);
            LocalDate d = date(decided, "case.decided", unreadable);
            CaseRecord.Money money = null;
            if (!moneyKind.isBlank() || !amount.isBlank() || !currency.isBlank()) {
                BigDecimal value = null;
                try {
                    value = new BigDecimal(amount.strip().replace(",", ""));
                } catch (NumberFormatException e) {
                    unreadable.add("case.money");
                }
                money = new CaseRecord.Money(moneyKind.isBlank() ? null : moneyKind, value,
                        currency.strip().toUpperCase(Locale.ROOT));
            }
            record = new CaseRecord(forum.isBlank() ? null : forum, forumName, caseNumber,
                    parties.stream().map(p -> new CaseRecord.Party(p.role().isBlank() ? null : p.role(), p.name()))
                            .toList(),
                    cause, f, d, outcome, money, lessons,
                    sources.stream().map(s -> new CaseRecord.SourceLink(s.title(), s.url())).toList());
        }
        if (!unreadable.isEmpty()) {
            return new Parsed(null, List.copyOf(unreadable));
        }
        return new Parsed(new DeskDraft(kind, title, lang, format, body, codes, ipTypes, industries, record),
                List.of());
    }

    private static LocalDate date(String value, String field, List<String> unreadable) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            unreadable.add(field);
            return null;
        }
    }
}
