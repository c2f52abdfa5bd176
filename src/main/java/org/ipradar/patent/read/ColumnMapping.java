package org.ipradar.patent.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which column of a CSV or XLSX export holds which record field. {@link #DEFAULT} guesses from the header names the
 * patent databases print, in Chinese or English (incoPat, PatSnap, Espacenet, Google Patents, Derwent...):
 * {@code 公开(公告)号} or "Publication Number" for the number, {@code 标题} or "Title", {@code 权利要求} or "Claims",
 * {@code 法律状态} or "Legal Status", and so on. {@link #parse} names columns explicitly, for headers the guess does not
 * know; the fields it does not name are still guessed. Header names are compared ignoring case, spaces, brackets
 * (full-width or not) and punctuation.
 */
public final class ColumnMapping {
    /** A record field a column can fill. */
    public enum Field {
        /** The publication number ({@code CN112345678B}); required. */
        NUMBER,
        /** The kind code, when the number column lacks it. */
        KIND,
        /** The jurisdiction, when the number column lacks it. */
        JURISDICTION,
        /** The title. */
        TITLE,
        /** The abstract. */
        ABSTRACT,
        /** All claims in one cell. */
        CLAIMS,
        /** The first or the independent claims, used when there is no claims column. */
        FIRST_CLAIM,
        /** Applicants, several in one cell. */
        APPLICANTS,
        /** Assignees / current owners. */
        ASSIGNEES,
        /** Inventors. */
        INVENTORS,
        /** IPC symbols. */
        IPC,
        /** CPC symbols. */
        CPC,
        /** The application number. */
        APPLICATION_NUMBER,
        /** The filing date. */
        FILING_DATE,
        /** The publication date. */
        PUBLICATION_DATE,
        /** The grant date. */
        GRANT_DATE,
        /** Priority numbers (optionally with dates). */
        PRIORITY,
        /** Priority dates, paired with the priority numbers in order. */
        PRIORITY_DATE,
        /** The legal status in words. */
        STATUS,
        /** The expected expiry date. */
        EXPIRY,
        /** Family members' publication numbers. */
        FAMILY,
        /** The family identifier. */
        FAMILY_ID,
        /** The patent type (invention, utility model, design...). */
        TYPE,
        /** The language of the texts. */
        LANG;

        /** The spelling used in {@link #parse}: {@code number}, {@code filing-date}, {@code first-claim}.... */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Pattern NOISE = Pattern.compile("[\\s()\\[\\]{}【】<>《》\\-_/.:：·,，'\"#*]+");
    /** Decorations a header may carry after a known name: "Title - DWPI", "IPC (current)", "摘要(中文)". */
    private static final Set<String> DECORATIONS = Set.of("dwpi", "current", "english", "en", "original", "orig",
            "中文", "英文", "原文", "s", "es", "text", "全文");
    private static final Map<Field, List<String>> ALIASES = aliases();

    /** Guesses every column from its header. */
    public static final ColumnMapping DEFAULT = new ColumnMapping(Map.of());

    private final Map<Field, String> explicit;

    private ColumnMapping(Map<Field, String> explicit) {
        this.explicit = Map.copyOf(explicit);
    }

    /**
     * A mapping from {@code field=header} pairs separated by commas or line breaks, such as
     * {@code number=公开号,title=标题,filing-date=Application Date}; field names are those of {@link Field} in any
     * case, with hyphens or underscores.
     *
     * @throws IllegalArgumentException naming the pair that is wrong
     */
    public static ColumnMapping parse(String spec) {
        Map<Field, String> explicit = new EnumMap<>(Field.class);
        if (spec == null || spec.isBlank()) {
            return DEFAULT;
        }
        for (String pair : spec.split("[,\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1 || pair.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException("column mapping \"" + pair.strip()
                        + "\" is not field=header (such as number=公开号)");
            }
            String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('_', '-');
            Field field = Arrays.stream(Field.values()).filter(f -> f.key().equals(key)
                    || (f.key() + "s").equals(key) || f.key().equals(key + "s")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("column mapping names an unknown field \"" + key
                            + "\"; the fields are " + Arrays.stream(Field.values()).map(Field::key)
                                    .collect(Collectors.joining(", "))));
            explicit.put(field, pair.substring(eq + 1).strip());
        }
        return new ColumnMapping(explicit);
    }

    /** The headers this mapping names explicitly, by field. */
    public Map<Field, String> explicit() {
        return explicit;
    }

    /**
     * Which column (0-based) fills which field, for a header row.
     *
     * @throws IllegalArgumentException when an explicitly named header is not in the row
     */
    Map<Field, Integer> resolve(List<String> headers) {
        List<String> keys = headers.stream().map(ColumnMapping::normalize).toList();
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> e : explicit.entrySet()) {
            int at = keys.indexOf(normalize(e.getValue()));
            if (at < 0) {
                throw new IllegalArgumentException("the column \"" + e.getValue() + "\" named for "
                        + e.getKey().key() + " is not among the headers " + headers);
            }
            columns.put(e.getKey(), at);
        }
        // exact names first, in the order of preference of each field's aliases
        for (Map.Entry<Field, List<String>> e : ALIASES.entrySet()) {
            if (columns.containsKey(e.getKey())) {
                continue;
            }
            for (String alias : e.getValue()) {
                int at = keys.indexOf(alias);
                if (at >= 0 && !columns.containsValue(at)) {
                    columns.put(e.getKey(), at);
                    break;
                }
            }
        }
        // then known names with a decoration ("Title - DWPI", "标题(英文)")
        for (Map.Entry<Field, List<String>> e : ALIASES.entrySet()) {
            if (columns.containsKey(e.getKey())) {
                continue;
            }
            search:
            for (String alias : e.getValue()) {
                for (int at = 0; at < keys.size(); at++) {
                    String k = keys.get(at);
                    if (k.length() > alias.length() && k.startsWith(alias)
                            && DECORATIONS.contains(k.substring(alias.length())) && !columns.containsValue(at)) {
                        columns.put(e.getKey(), at);
                        break search;
                    }
                }
            }
        }
        return columns;
    }

    /** A header as compared: NFKC, lower case, without spaces, brackets and punctuation. */
    static String normalize(String header) {
        String h = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
                .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        return NOISE.matcher(h).replaceAll("");
    }

    private static Map<Field, List<String>> aliases() {
        Map<Field, List<String>> a = new LinkedHashMap<>();
        a.put(Field.NUMBER, List.of("公开(公告)号", "公开公告号", "公开号", "公告号", "公布号", "授权公告号", "公开(公告)号码",
                "文献号", "公开号码", "公開番号", "publication number", "publication no", "pub no", "publication",
                "patent number", "patent no", "patent/publication number", "publication id", "document number",
                "doc number", "pn", "id", "number"));
        a.put(Field.KIND, List.of("kind code", "kind", "文献种类代码", "文献类型代码", "种类代码", "kd"));
        a.put(Field.JURISDICTION, List.of("jurisdiction", "受理局", "公开国别", "国家/地区", "国别", "国家",
                "publication country", "country code", "country", "authority", "office"));
        a.put(Field.TITLE, List.of("标题", "名称", "发明名称", "专利名称", "中文标题", "title", "invention title",
                "english title", "英文标题", "原始标题", "标题(翻译)"));
        a.put(Field.ABSTRACT, List.of("摘要", "中文摘要", "abstract", "英文摘要", "原始摘要", "摘要(翻译)"));
        a.put(Field.CLAIMS, List.of("权利要求", "权利要求书", "全部权利要求", "claims", "claim", "all claims",
                "claims text", "权利要求(翻译)"));
        a.put(Field.FIRST_CLAIM, List.of("首项权利要求", "首权", "第一权利要求", "独立权利要求", "first claim",
                "independent claims", "independent claim"));
        a.put(Field.APPLICANTS, List.of("申请人", "申请(专利权)人", "申请人/专利权人", "原始申请(专利权)人", "申请人名称",
                "applicants", "applicant", "applicant name", "applicant/assignee", "assignee/applicant"));
        a.put(Field.ASSIGNEES, List.of("专利权人", "当前权利人", "当前申请(专利权)人", "当前专利权人", "权利人", "assignee",
                "assignees", "current assignee", "current assignees", "optimized assignee", "assignee dwpi",
                "patent owner", "owner", "owners", "proprietor", "proprietors"));
        a.put(Field.INVENTORS, List.of("发明人", "发明(设计)人", "设计人", "inventors", "inventor", "inventor/author",
                "inventor name", "inventor names"));
        a.put(Field.IPC, List.of("ipc分类号", "ipc", "ipc分类", "国际分类号", "ipc current", "ipc - current",
                "international classification", "ipc classification", "ipc主分类号", "主分类号", "ipc main"));
        a.put(Field.CPC, List.of("cpc分类号", "cpc", "cpc current", "cpc - current", "cooperative patent classification",
                "cpc classification"));
        a.put(Field.APPLICATION_NUMBER, List.of("申请号", "申请号码", "专利号", "application number",
                "application no", "appl no", "app no", "application id"));
        a.put(Field.FILING_DATE, List.of("申请日", "申请日期", "filing date", "application date", "filing/creation date",
                "date filed", "出願日"));
        a.put(Field.PUBLICATION_DATE, List.of("公开(公告)日", "公开公告日", "公开日", "公告日", "公开日期", "公布日",
                "publication date", "pub date", "published", "date published"));
        a.put(Field.GRANT_DATE, List.of("授权日", "授权公告日", "授权日期", "grant date", "issue date", "date of grant",
                "granted", "date granted"));
        a.put(Field.PRIORITY, List.of("优先权号", "优先权", "优先权信息", "priority number", "priority numbers",
                "priority", "priority application", "priority claims", "priority data"));
        a.put(Field.PRIORITY_DATE, List.of("优先权日", "最早优先权日", "priority date", "earliest priority",
                "earliest priority date", "priority dates"));
        a.put(Field.STATUS, List.of("简单法律状态", "法律状态", "当前法律状态", "有效性", "legal status", "status",
                "simple legal status", "法律状态/事件", "inpadoc legal status", "legal status/events"));
        a.put(Field.EXPIRY, List.of("预计到期日", "预估到期日", "预计失效日", "到期日", "失效日", "expected expiry",
                "expected expiry date", "expected expiration date", "estimated expiry", "estimated expiry date",
                "expiry date", "expiration date", "anticipated expiration", "adjusted expiration",
                "adjusted expiration date", "expiry"));
        a.put(Field.FAMILY, List.of("简单同族", "同族", "同族专利", "同族公开号", "扩展同族", "inpadoc同族",
                "simple family members", "family members", "family", "inpadoc family members", "dwpi family members",
                "simple family", "inpadoc family"));
        a.put(Field.FAMILY_ID, List.of("简单同族id", "同族id", "扩展同族id", "family id", "docdb family id",
                "family number", "simple family id", "inpadoc family id"));
        a.put(Field.TYPE, List.of("专利类型", "类型", "patent type", "type", "document type"));
        a.put(Field.LANG, List.of("language", "语言", "lang"));
        Map<Field, List<String>> normalized = new LinkedHashMap<>();
        for (Map.Entry<Field, List<String>> e : a.entrySet()) {
            List<String> keys = new ArrayList<>();
            for (String alias : e.getValue()) {
                String k = normalize(alias);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
            normalized.put(e.getKey(), List.copyOf(keys));
        }
        return normalized;
    }

    @Override
    public String toString() {
        return explicit.isEmpty() ? "ColumnMapping.DEFAULT" : "ColumnMapping" + explicit;
    }
}
