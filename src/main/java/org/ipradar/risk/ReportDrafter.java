package org.ipradar.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipradar.vocab.Countries;

/**
 * Drafts the four parts of a risk-warning report (风险预警提示报告) in Markdown for the consultant to edit: the firm's
 * basic situation, the IP law and policy environment of its target markets, the diagnosis of its products'
 * infringement risk, and recommended countermeasures. Every sentence comes from the inputs or from a stated rule;
 * nothing is invented, and what is missing is said to be missing.
 */
public final class ReportDrafter {
    /** The not-legal-advice notice every report carries. */
    public static final String NOTICE = "本报告根据企业提供的信息、公开的专利数据和知识库中的公开资料起草，经咨询人员审核修改，"
            + "仅供企业防范海外知识产权风险参考，不构成法律意见；具体法律问题请咨询目标市场的执业律师或专利代理人。";

    /** Rows with these statuses can still be asserted, now or once granted. */
    private static final Set<String> ALIVE = Set.of("in_force", "pending", "unknown");
    private static final int TOP_ROWS = 10;
    private static final int EXPIRING_YEARS = 3;

    private ReportDrafter() {}

    /**
     * The four parts.
     *
     * @param firm the firm's profile
     * @param markets the target markets' profiles, in the order to show
     * @param list the saved risk-patent list's content, or null when none was compiled
     * @param lawNews knowledge-base law and policy documents on the markets, newest first
     * @param cases knowledge-base cases relevant to the markets and products
     * @param today the date the draft is made
     */
    public static List<ReportPart> draft(FirmFacts firm, List<MarketFacts> markets, RiskListBody list,
            List<Citation> lawNews, List<Citation> cases, LocalDate today) {
        return List.of(
                new ReportPart("profile", "一、企业基本情况", profile(firm), List.of()),
                new ReportPart("environment", "二、目标市场知识产权法律与政策环境", environment(markets, lawNews), lawNews),
                new ReportPart("diagnosis", "三、产品侵权风险诊断", diagnosis(firm, list, cases, today), cases),
                new ReportPart("countermeasures", "四、应对措施建议", countermeasures(firm, markets, list, today),
                        List.of()));
    }

    static String profile(FirmFacts f) {
        StringBuilder s = new StringBuilder();
        s.append("**企业名称**：").append(md(f.name())).append("\n\n");
        s.append("**所属行业**：").append(f.industry().isEmpty() ? "（未填写）" : md(f.industry())).append("\n\n");
        s.append("**目标市场**：").append(f.markets().isEmpty() ? "（未填写）" : markets(f.markets())).append("\n\n");
        s.append("**已知竞争对手**：").append(f.competitors().isEmpty() ? "（未填写）"
                : f.competitors().stream().map(ReportDrafter::md).collect(Collectors.joining("、"))).append("\n\n");
        s.append("### 产品与核心技术\n\n");
        if (f.products().isEmpty()) {
            s.append("企业档案中尚未登记产品，请补充产品名称、技术说明和关键技术特征。\n\n");
        }
        for (FirmFacts.Product p : f.products()) {
            s.append("#### ").append(md(p.name().isEmpty() ? "（未命名产品）" : p.name())).append("\n\n");
            if (!p.description().isEmpty()) {
                s.append(md(p.description())).append("\n\n");
            }
            if (!p.features().isEmpty()) {
                s.append("关键技术特征：\n\n");
                for (String feature : p.features()) {
                    s.append("- ").append(md(feature)).append('\n');
                }
                s.append('\n');
            }
            if (!p.hsCodes().isEmpty()) {
                s.append("HS 编码：").append(md(String.join("、", p.hsCodes()))).append("\n\n");
            }
        }
        s.append("### 自有知识产权\n\n");
        s.append("- 专利：").append(f.ownPatents().isEmpty() ? "（未登记）" : md(String.join("、", f.ownPatents())))
                .append('\n');
        s.append("- 商标：").append(f.ownTrademarks().isEmpty() ? "（未登记）"
                : md(String.join("、", f.ownTrademarks()))).append('\n');
        return s.toString().strip();
    }

    static String environment(List<MarketFacts> markets, List<Citation> lawNews) {
        StringBuilder s = new StringBuilder();
        if (markets.isEmpty()) {
            s.append("未指定目标市场。\n\n");
        }
        for (MarketFacts m : markets) {
            s.append("### ").append(md(m.name())).append("（").append(m.code()).append("）\n\n");
            if (m.sections().isEmpty()) {
                s.append("知识库中尚无该市场的国别概况，请咨询人员补充。\n\n");
            }
            for (MarketFacts.Section section : m.sections()) {
                if (section.facts().isEmpty()) {
                    continue;
                }
                s.append("**").append(md(section.title())).append("**\n\n");
                for (MarketFacts.Fact fact : section.facts()) {
                    s.append("- ").append(md(fact.text()));
                    List<String> notes = new ArrayList<>();
                    if (!fact.source().isEmpty()) {
                        notes.add("来源：" + (fact.url().isEmpty() ? md(fact.source())
                                : "[" + md(fact.source()) + "](" + link(fact.url()) + ")"));
                    }
                    if (!fact.lastReviewed().isEmpty()) {
                        notes.add("核实日期 " + fact.lastReviewed());
                    }
                    if (fact.review()) {
                        notes.add("**待复核**");
                    }
                    if (!notes.isEmpty()) {
                        s.append("（").append(String.join("；", notes)).append("）");
                    }
                    s.append('\n');
                }
                s.append('\n');
            }
        }
        s.append("### 近期法律与政策动态\n\n");
        if (lawNews.isEmpty()) {
            s.append("知识库中暂无目标市场近期的法律与政策动态。\n");
        }
        for (Citation c : lawNews) {
            s.append("- ").append(cite(c)).append('\n');
        }
        return s.toString().strip();
    }

    static String diagnosis(FirmFacts firm, RiskListBody list, List<Citation> cases, LocalDate today) {
        StringBuilder s = new StringBuilder();
        if (list == null) {
            s.append("尚未编制风险专利列表。请先在“风险专利列表”中根据产品技术特征检索目标市场的专利，复核后再起草本部分。\n\n");
        } else {
            List<RiskRow> excluded = list.rows().stream().filter(r -> Boolean.FALSE.equals(r.relevant())).toList();
            List<RiskRow> rows = kept(list);
            Map<RiskLevel, Long> byLevel = new EnumMap<>(RiskLevel.class);
            for (RiskLevel l : RiskLevel.values()) {
                byLevel.put(l, rows.stream().filter(r -> r.risk() == l).count());
            }
            s.append("以产品“").append(md(list.request().product().isEmpty() ? "（未命名）" : list.request().product()))
                    .append("”的技术说明和关键技术特征，检索了")
                    .append(list.request().markets().isEmpty() ? "全部法域" : markets(list.request().markets()))
                    .append(list.request().includeExpired() ? "的专利（含已失效专利，已标注）" : "有效及审查中的专利")
                    .append("，按权利要求、摘要和标题的文本相似度排序，并结合分类号重合和竞争对手权利人加权，共列出 ")
                    .append(list.rows().size()).append(" 件");
            if (!excluded.isEmpty()) {
                s.append("，经咨询人员复核排除 ").append(excluded.size()).append(" 件");
            }
            s.append("。纳入诊断的 ").append(rows.size()).append(" 件中：高风险 ").append(byLevel.get(RiskLevel.HIGH))
                    .append(" 件，中风险 ").append(byLevel.get(RiskLevel.MEDIUM)).append(" 件，低风险 ")
                    .append(byLevel.get(RiskLevel.LOW)).append(" 件（判断日期 ")
                    .append(list.asOf().isEmpty() ? today.toString() : list.asOf()).append("）。\n\n");
            s.append("风险专利按权利人、法域和申请年份的分布见图表。\n\n");

            List<RiskRow> top = rows.stream().filter(r -> r.risk() != RiskLevel.LOW)
                    .sorted(Comparator.comparing(RiskRow::risk).thenComparingInt(RiskRow::rank))
                    .limit(TOP_ROWS).toList();
            s.append("### 重点风险专利\n\n");
            if (top.isEmpty()) {
                s.append("未发现高、中风险专利。\n\n");
            }
            for (RiskRow r : top) {
                s.append("- **").append(md(r.patentId())).append("**（").append(r.risk().zh()).append("风险）")
                        .append(md(r.title()));
                if (!r.assignees().isEmpty()) {
                    s.append("；权利人：").append(md(String.join("、", r.assignees())));
                }
                s.append("；法律状态：").append(status(r.status()));
                if (r.expiry() != null) {
                    s.append("；预计到期日：").append(r.expiry()).append(r.expiryEstimated() ? "（估算）" : "");
                }
                if (!r.reason().isEmpty()) {
                    s.append("。").append(md(r.reason()));
                }
                if (!r.note().isEmpty()) {
                    s.append("（咨询人员备注：").append(md(r.note())).append("）");
                }
                s.append('\n');
            }
            s.append('\n');
            List<String> competitors = competitorsHolding(firm, rows);
            if (!competitors.isEmpty()) {
                s.append("已知竞争对手持有列表中的专利：").append(String.join("、", competitors)).append("。\n\n");
            }
        }
        s.append("### 相关案例\n\n");
        if (cases.isEmpty()) {
            s.append("知识库中暂无与目标市场和产品相关的案例。\n");
        }
        for (Citation c : cases) {
            s.append("- ").append(cite(c)).append('\n');
        }
        return s.toString().strip();
    }

    static String countermeasures(FirmFacts firm, List<MarketFacts> markets, RiskListBody list, LocalDate today) {
        List<String> items = new ArrayList<>();
        List<RiskRow> rows = list == null ? List.of() : kept(list);
        long high = rows.stream().filter(r -> r.risk() == RiskLevel.HIGH).count();
        long pending = rows.stream().filter(r -> r.risk() != RiskLevel.LOW && "pending".equals(r.status())).count();
        if (high > 0) {
            items.add("**高风险专利（" + high + " 件）**：出口前对其独立权利要求与产品逐项进行侵权比对，委托目标市场专利律师出具自由实施"
                    + "（FTO）意见；能规避的，调整设计并保留设计过程记录；不能规避的，检索现有技术评估无效可能，或与权利人协商许可。");
        }
        if (pending > 0) {
            items.add("**审查中的专利申请（" + pending + " 件中高风险）**：跟踪审查进程和授权后的权利要求范围；掌握在先技术的，"
                    + "可在审查阶段向审查机关提交第三方意见。");
        }
        List<RiskRow> expiring = rows.stream().filter(r -> r.risk() != RiskLevel.LOW && r.expiry() != null
                        && ALIVE.contains(r.status()) && !r.expiry().isBefore(today)
                        && r.expiry().isBefore(today.plusYears(EXPIRING_YEARS)))
                .toList();
        if (!expiring.isEmpty()) {
            items.add("**近期到期的专利**：" + expiring.stream().map(r -> md(r.patentId()) + "（" + r.expiry()
                            + (r.expiryEstimated() ? "，估算" : "") + "）").collect(Collectors.joining("、"))
                    + " 预计在 " + EXPIRING_YEARS + " 年内到期，可结合市场计划评估推迟进入相关市场或等待到期；估算日期须向专利局核实。");
        }
        List<String> competitors = competitorsHolding(firm, rows);
        if (!competitors.isEmpty()) {
            items.add("**竞争对手**：" + String.join("、", competitors) + " 在目标市场持有相关专利，应关注其诉讼、海关和电商平台投诉动向，"
                    + "并保存自身产品的研发和销售时间证据。");
        }
        List<String> codes = markets.stream().map(MarketFacts::code).toList();
        items.add("**商标**：" + (firm.ownTrademarks().isEmpty() ? "企业档案中未登记任何商标，" : "")
                + "在进入" + (codes.isEmpty() ? "目标市场" : markets(codes)) + "前尽早在当地申请商标注册（多数国家按申请在先原则确权），"
                + "可经马德里体系一并指定成员国；定期监测当地商标公告，发现抢注及时在异议期内提出异议。");
        items.add("**海关**：在提供知识产权海关备案的目标市场办理备案，便于海关查扣侵权货物；出口前核对产品、包装和说明书中使用的"
                + "商标与标识。");
        if (codes.stream().anyMatch(Countries.ASEAN::contains)) {
            items.add("**电商平台**：在东盟市场通过电商平台（如 Shopee、Lazada）的知识产权保护机制登记权利，"
                    + "对仿冒链接发起投诉；收到投诉时在平台规定期限内提交不侵权说明。");
        }
        items.add("**持续监测**：在 ipradar 中按目标市场和技术关键词保存检索订阅（Atom），跟踪新的专利、案例和法律政策变化；"
                + "遇到纠纷及时联系海外知识产权纠纷应对指导分中心。");
        StringBuilder s = new StringBuilder();
        int n = 1;
        for (String item : items) {
            s.append(n++).append(". ").append(item).append('\n');
        }
        s.append("\n*").append(NOTICE).append("*");
        return s.toString();
    }

    /** The rows a report counts: all but those the consultant marked not relevant. */
    static List<RiskRow> kept(RiskListBody list) {
        return list.rows().stream().filter(r -> !Boolean.FALSE.equals(r.relevant())).toList();
    }

    /** Counts of kept rows by first assignee (most first, at most {@code limit}, the rest as 其他). */
    public static Map<String, Integer> byAssignee(RiskListBody list, int limit) {
        Map<String, Integer> all = new LinkedHashMap<>();
        for (RiskRow r : kept(list)) {
            all.merge(r.assignees().isEmpty() ? "（未知）" : r.assignees().getFirst(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = all.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map<String, Integer> out = new LinkedHashMap<>();
        int rest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < limit) {
                out.put(sorted.get(i).getKey(), sorted.get(i).getValue());
            } else {
                rest += sorted.get(i).getValue();
            }
        }
        if (rest > 0) {
            out.put("其他", rest);
        }
        return out;
    }

    /** Counts of kept rows by jurisdiction, most first. */
    public static Map<String, Integer> byJurisdiction(RiskListBody list) {
        Map<String, Integer> all = new LinkedHashMap<>();
        for (RiskRow r : kept(list)) {
            all.merge(r.jurisdiction().isEmpty() ? "（未知）" : r.jurisdiction(), 1, Integer::sum);
        }
        return all.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Counts of kept rows by filing year (publication year when no filing date), oldest first. */
    public static Map<String, Integer> byYear(RiskListBody list) {
        Map<String, Integer> all = new java.util.TreeMap<>();
        for (RiskRow r : kept(list)) {
            LocalDate d = r.filingDate() != null ? r.filingDate() : r.publicationDate();
            all.merge(d == null ? "（未知）" : Integer.toString(d.getYear()), 1, Integer::sum);
        }
        return new LinkedHashMap<>(all);
    }

    private static List<String> competitorsHolding(FirmFacts firm, List<RiskRow> rows) {
        List<String> out = new ArrayList<>();
        for (String c : firm.competitors()) {
            String key = c.toLowerCase(Locale.ROOT).strip();
            if (key.isEmpty()) {
                continue;
            }
            long n = rows.stream().filter(r -> r.assignees().stream()
                    .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(key))).count();
            if (n > 0) {
                out.add(md(c) + "（" + n + " 件）");
            }
        }
        return out;
    }

    private static String markets(List<String> codes) {
        return codes.stream().map(c -> md(countryName(c)) + "（" + c + "）").collect(Collectors.joining("、"));
    }

    /** A market's Chinese name: 越南 for VN, 欧盟 for EU, 欧洲专利局 for EP; the code when unknown. */
    public static String countryName(String code) {
        return switch (code) {
            case "EU" -> "欧盟";
            case "EP" -> "欧洲专利局";
            case "WO" -> "世界知识产权组织";
            default -> {
                String name = Locale.of("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
                yield name.isBlank() || name.equals(code) ? code : name;
            }
        };
    }

    private static String status(String code) {
        return switch (code) {
            case "in_force" -> "有效";
            case "pending" -> "审中";
            case "expired" -> "失效（期限届满）";
            case "lapsed" -> "失效";
            default -> "未知";
        };
    }

    private static String cite(Citation c) {
        String title = md(c.title().isEmpty() ? c.documentId() : c.title());
        StringBuilder s = new StringBuilder(c.url().isEmpty() ? title : "[" + title + "](" + link(c.url()) + ")");
        List<String> meta = new ArrayList<>();
        if (!c.source().isEmpty()) {
            meta.add(md(c.source()));
        }
        if (!c.date().isEmpty()) {
            meta.add(c.date());
        }
        if (!meta.isEmpty()) {
            s.append("，").append(String.join("，", meta));
        }
        return s.toString();
    }

    /** Text escaped so Markdown shows it as typed. */
    static String md(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (char ch : text.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            if ("\\`*_[]<>#|!~".indexOf(ch) >= 0) {
                s.append('\\');
            }
            s.append(ch);
        }
        return s.toString();
    }

    // A link destination Markdown keeps whole: spaces and parentheses escaped.
    private static String link(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }
}
