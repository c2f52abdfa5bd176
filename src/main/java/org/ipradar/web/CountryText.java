package org.ipradar.web;

import java.util.Locale;
import java.util.Map;

/**
 * The country pages' interface text in Chinese and English, kept apart from {@link Labels} so the profiles bring their
 * own words; the language is the one {@link Labels} chose for the request.
 */
public final class CountryText {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            entry("title", "各国知识产权概况", "Country IP profiles"),
            entry("intro", "东盟十国及中国、美国、欧盟、日本、韩国、印度的知识产权机构、法律、条约、规则、维权途径、时限和风险提示。每条内容注明来源和最后核实日期；标有“待核实”的内容请先对照来源确认。",
                    "IP offices, laws, treaties, rules, enforcement routes, timelines and pitfalls for the ten ASEAN"
                            + " members and China, the US, the EU, Japan, Korea and India. Every fact names its source"
                            + " and last-reviewed date; check facts marked 'to verify' against their source first."),
            entry("region.asean", "东盟成员国", "ASEAN members"),
            entry("region.other", "其他主要市场", "Other major markets"),
            entry("col.name", "国家/地区", "Jurisdiction"),
            entry("col.facts", "条目", "Facts"),
            entry("col.flagged", "待核实", "To verify"),
            entry("col.reviewed", "最早核实日期", "Oldest review"),
            entry("col.version", "版本", "Version"),
            entry("section.offices", "知识产权机构", "IP offices"),
            entry("section.laws", "主要法律", "Main laws"),
            entry("section.treaties", "国际条约", "Treaty memberships"),
            entry("section.rules", "申请与保护规则", "Filing and protection rules"),
            entry("section.enforcement", "维权途径", "Enforcement routes"),
            entry("section.timelines", "常见时限", "Typical timelines"),
            entry("section.pitfalls", "出口企业风险提示", "Pitfalls for exporters"),
            entry("colon", "：", ": "),
            entry("source", "来源", "Source"),
            entry("reviewed", "最后核实", "Last reviewed"),
            entry("review", "待核实", "To verify"),
            entry("reviewNote", "核实要点", "What to check"),
            entry("website", "网站", "Website"),
            entry("member", "成员", "Member"),
            entry("member.since", "成员（%d 年起）", "Member since %d"),
            entry("notMember", "非成员", "Not a member"),
            entry("origin.shipped", "第 %d 版 · 随软件发布的版本", "Version %d · as shipped"),
            entry("origin.edited", "第 %d 版 · 编辑修订于 %s", "Version %d · edited on %s"),
            entry("origin.editedBy", "第 %d 版 · %s 修订于 %s", "Version %d · edited by %s on %s"),
            entry("summary", "共 %d 条，其中 %d 条待核实；最早核实日期 %s", "%d facts, %d to verify; oldest review %s"),
            entry("shippedChanged", "随软件发布的版本在此次修订之后已有更新，请对照核对。",
                    "The shipped version has changed since this edit was made; compare and reconcile them."),
            entry("saved", "已保存为第 %d 版。", "Saved as version %d."),
            entry("list", "全部国家/地区", "All jurisdictions"),
            entry("contents", "目录", "Contents"),
            entry("edit", "编辑", "Edit"),
            entry("form.zh", "中文", "Chinese"),
            entry("form.en", "英文", "English"),
            entry("form.sourceName", "来源名称", "Source name"),
            entry("form.sourceUrl", "来源网址", "Source address"),
            entry("form.reviewed", "最后核实日期", "Last reviewed"),
            entry("form.review", "标为待核实", "Flag for review"),
            entry("form.noteZh", "核实要点（中文）", "What to check (Chinese)"),
            entry("form.noteEn", "核实要点（英文）", "What to check (English)"),
            entry("form.ipTypes", "知识产权类型（逗号分隔，如 patent, trademark）",
                    "IP types (comma-separated, e.g. patent, trademark)"),
            entry("form.website", "网站", "Website"),
            entry("form.member", "是否成员", "Member"),
            entry("form.since", "加入年份", "Member since (year)"),
            entry("form.save", "保存", "Save"),
            entry("form.hint", "保存后成为新版本，覆盖随软件发布的内容；修改记入审计日志。",
                    "Saving makes a new version that overrides the shipped text; the change is audited."),
            entry("disclaimer", "内容仅供参考，不构成法律意见；具体事项请以官方来源和专业代理人意见为准。",
                    "For reference only, not legal advice; rely on the official sources and a professional agent."));

    private CountryText() {}

    /** The text for a key in the labels' language; an unknown key is a programming error and throws. */
    public static String get(Labels l, String key) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no country label has the key \"" + key + "\"");
        }
        return l.english() ? t[1] : t[0];
    }

    /** The text for a key with its {@code %d}/{@code %s} places filled. */
    public static String format(Labels l, String key, Object... args) {
        return String.format(Locale.ROOT, get(l, key), args);
    }

    private static Map.Entry<String, String[]> entry(String key, String zh, String en) {
        return Map.entry(key, new String[] {zh, en});
    }
}
