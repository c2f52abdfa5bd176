package org.ipradar.desk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The structured facts of a dispute case, kept in their own table next to the case's document (whose countries and
 * IP types are the case's), and rendered into the document's text so search finds them.
 *
 * @param forum where it was decided: {@code court}, {@code ip_office}, {@code customs}, {@code ecommerce_platform}
 *     or {@code exhibition}
 * @param forumName the court, office, customs post, platform or fair by name, or empty
 * @param caseNumber the case or complaint number, or empty
 * @param parties the parties with their roles
 * @param cause the cause of action, as in 商标侵权
 * @param filed when the case was filed, or null
 * @param decided when it was decided or settled, or null
 * @param outcome what came of it
 * @param money damages awarded or a settlement paid, or null
 * @param lessons what exporters should learn from it
 * @param sources where the facts come from
 */
public record CaseRecord(String forum, String forumName, String caseNumber, List<Party> parties, String cause,
        LocalDate filed, LocalDate decided, String outcome, Money money, String lessons, List<SourceLink> sources) {

    /** The forums a case may come before, by wire name, with their Chinese and English names. */
    public static final Map<String, String[]> FORUMS = orderedMap(
            "court", "法院", "Court",
            "ip_office", "知识产权局", "IP office",
            "customs", "海关", "Customs",
            "ecommerce_platform", "电商平台", "E-commerce platform",
            "exhibition", "展会", "Exhibition");

    /** The roles a party may have, with their Chinese and English names. */
    public static final Map<String, String[]> ROLES = orderedMap(
            "plaintiff", "原告", "Plaintiff",
            "defendant", "被告", "Defendant",
            "applicant", "申请人", "Applicant",
            "respondent", "被申请人", "Respondent",
            "rights_holder", "权利人", "Rights holder",
            "accused", "被控侵权方", "Accused party",
            "other", "其他", "Other");

    /** What a sum of money was. */
    public static final Map<String, String[]> MONEY_KINDS = orderedMap(
            "damages", "判赔", "Damages",
            "settlement", "和解金额", "Settlement");

    static final int MAX_FIELD = 10_000;
    static final int MAX_SHORT = 300;
    static final int MAX_LIST = 50;

    public CaseRecord {
        forumName = forumName == null ? "" : forumName.strip();
        caseNumber = caseNumber == null ? "" : caseNumber.strip();
        parties = parties == null ? List.of() : List.copyOf(parties);
        cause = cause == null ? "" : cause.strip();
        outcome = outcome == null ? "" : outcome.strip();
        lessons = lessons == null ? "" : lessons.strip();
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * A party to the case.
     *
     * @param role one of {@link #ROLES}
     * @param name its name as plain text
     */
    public record Party(String role, String name) {}

    /**
     * A sum of money.
     *
     * @param kind {@code damages} or {@code settlement}
     * @param amount a non-negative amount with at most 2 decimals
     * @param currency an ISO 4217 code such as {@code USD}
     */
    public record Money(String kind, BigDecimal amount, String currency) {}

    /**
     * A source of the facts.
     *
     * @param title what it is, as plain text
     * @param url its http(s) address
     */
    public record SourceLink(String title, String url) {}

    /** Checks every field, or throws naming the first bad one (as {@code case.forum}). */
    public void validate() {
        if (forum == null || !FORUMS.containsKey(forum)) {
            throw DeskException.invalid("case.forum", "case.forum must be one of: " + String.join(", ",
                    FORUMS.keySet()) + " (got " + quoted(forum) + ")");
        }
        shortText("case.forumName", forumName);
        shortText("case.caseNumber", caseNumber);
        if (parties.size() > MAX_LIST) {
            throw DeskException.invalid("case.parties", "case.parties may list at most " + MAX_LIST + " parties");
        }
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            String f = "case.parties[" + i + "]";
            if (p == null || p.role() == null || !ROLES.containsKey(p.role())) {
                throw DeskException.invalid("case.parties", f + ".role must be one of: " + String.join(", ",
                        ROLES.keySet()) + " (got " + quoted(p == null ? null : p.role()) + ")");
            }
            if (p.name() == null || p.name().isBlank()) {
                throw DeskException.invalid("case.parties", f + ".name must not be empty");
            }
            shortText("case.parties", p.name());
        }
        if (cause.isEmpty()) {
            throw DeskException.invalid("case.cause", "case.cause must not be empty (as in 商标侵权)");
        }
        shortText("case.cause", cause);
        if (filed != null && decided != null && decided.isBefore(filed)) {
            throw DeskException.invalid("case.decided", "case.decided (" + decided + ") must not be before"
                    + " case.filed (" + filed + ")");
        }
        longText("case.outcome", outcome);
        longText("case.lessons", lessons);
        if (money != null) {
            if (money.kind() == null || !MONEY_KINDS.containsKey(money.kind())) {
                throw DeskException.invalid("case.money", "case.money.kind must be one of: damages, settlement (got "
                        + quoted(money.kind()) + ")");
            }
            if (money.amount() == null || money.amount().signum() < 0 || money.amount().scale() > 2
                    || money.amount().precision() - money.amount().scale() > 15) {
                throw DeskException.invalid("case.money", "case.money.amount must be a non-negative amount with at"
                        + " most 2 decimals (got " + (money.amount() == null ? "none" : money.amount().toPlainString())
                        + ")");
            }
            if (!isCurrency(money.currency())) {
                throw DeskException.invalid("case.money", "case.money.currency must be an ISO 4217 code such as USD,"
                        + " CNY or VND (got " + quoted(money.currency()) + ")");
            }
        }
        if (sources.size() > MAX_LIST) {
            throw DeskException.invalid("case.sources", "case.sources may list at most " + MAX_LIST + " sources");
        }
        for (int i = 0; i < sources.size(); i++) {
            SourceLink s = sources.get(i);
            String f = "case.sources[" + i + "]";
            if (s == null || !isWebAddress(s.url())) {
                throw DeskException.invalid("case.sources", f + ".url must be an http or https address (got "
                        + quoted(s == null ? null : s.url()) + ")");
            }
            if (s.url().length() > 2000) {
                throw DeskException.invalid("case.sources", f + ".url is longer than 2000 characters");
            }
            shortText("case.sources", s.title() == null ? "" : s.title());
        }
    }

    /** Whether a string is an absolute http(s) address with a host. */
    public static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            java.net.URI u = new java.net.URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The case as text for the document: one labelled line per known fact, in Chinese or English, so search and the
     * bulletin summary see it.
     */
    public String text(boolean english) {
        int l = english ? 1 : 0;
        String colon = english ? ": " : "：";
        List<String> lines = new ArrayList<>();
        lines.add(english ? "Case record" : "案件信息");
        String forumLine = FORUMS.get(forum)[l] + (forumName.isEmpty() ? "" : " · " + forumName);
        lines.add((english ? "Forum" : "受理机构") + colon + forumLine);
        if (!caseNumber.isEmpty()) {
            lines.add((english ? "Case number" : "案号") + colon + caseNumber);
        }
        if (!parties.isEmpty()) {
            lines.add((english ? "Parties" : "当事人") + colon + parties.stream()
                    .map(p -> ROLES.get(p.role())[l] + " " + p.name().strip())
                    .collect(Collectors.joining(english ? "; " : "；")));
        }
        lines.add((english ? "Cause" : "案由") + colon + cause);
        if (filed != null) {
            lines.add((english ? "Filed" : "立案日期") + colon + filed);
        }
        if (decided != null) {
            lines.add((english ? "Decided" : "结案日期") + colon + decided);
        }
        if (!outcome.isEmpty()) {
            lines.add((english ? "Outcome" : "结果") + colon + outcome);
        }
        if (money != null) {
            lines.add(MONEY_KINDS.get(money.kind())[l] + colon + formatAmount(money.amount()) + " " + money.currency());
        }
        if (!lessons.isEmpty()) {
            lines.add((english ? "Lessons for exporters" : "对出口企业的启示") + colon + lessons);
        }
        for (SourceLink s : sources) {
            String title = s.title() == null || s.title().isBlank() ? "" : s.title().strip() + " ";
            lines.add((english ? "Source" : "来源") + colon + title + s.url().strip());
        }
        return String.join("\n", lines);
    }

    /** An amount with thousands separators and its decimals, as in {@code 1,200,000.50}. */
    public static String formatAmount(BigDecimal amount) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }

    private static void shortText(String field, String value) {
        if (value.length() > MAX_SHORT) {
            throw DeskException.invalid(field, field + " is longer than " + MAX_SHORT + " characters");
        }
    }

    private static void longText(String field, String value) {
        if (value.length() > MAX_FIELD) {
            throw DeskException.invalid(field, field + " is longer than " + MAX_FIELD + " characters");
        }
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }

    private static Map<String, String[]> orderedMap(String... triples) {
        Map<String, String[]> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            m.put(triples[i], new String[] {triples[i + 1], triples[i + 2]});
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
