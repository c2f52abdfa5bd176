package org.ipradar.web;

import java.util.Locale;
import java.util.Map;

/**
 * The risk desk pages' interface text (risk-patent lists and risk-warning reports) in Chinese and English, switched
 * by the same {@code ui} parameter as {@link Labels}.
 */
public final class RiskLabels {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            entry("desk", "风险预警", "Risk desk"),
            entry("desk.link", "风险专利列表与风险预警提示报告", "Risk-patent lists and risk-warning reports"),
            entry("back", "返回企业档案", "Back to the firm"),
            entry("confidential", "保密信息：仅分配的顾问和管理员可见，每次查看、修改和导出都记入审计日志。",
                    "Confidential: only the consultants assigned and administrators see this; every view, change"
                            + " and export is written to the audit log."),
            entry("lists", "风险专利列表", "Risk-patent lists"),
            entry("lists.none", "还没有风险专利列表。", "No risk-patent list yet."),
            entry("reports", "风险预警提示报告", "Risk-warning reports"),
            entry("reports.none", "还没有风险预警提示报告。", "No risk-warning report yet."),
            entry("col.name", "名称", "Title"),
            entry("col.version", "版本", "Version"),
            entry("col.saved", "保存时间", "Saved"),
            entry("col.savedBy", "保存人", "Saved by"),
            entry("compile", "编制风险专利列表", "Compile a risk-patent list"),
            entry("compile.products", "从企业产品填写：", "Fill in from the firm's product:"),
            entry("product", "产品名称", "Product"),
            entry("description", "技术描述", "Technical description"),
            entry("features", "关键技术特征", "Key features"),
            entry("features.hint", "每行一个特征。", "One feature per line."),
            entry("markets", "目标市场", "Target markets"),
            entry("markets.hint", "国家/地区代码，用空格或逗号分隔，如 VN US EU；ASEAN 表示东盟十国；留空则用企业档案中的目标市场。",
                    "Country codes separated by spaces or commas, as VN US EU; ASEAN stands for its ten members;"
                            + " empty for the firm's markets."),
            entry("ipc", "IPC/CPC 分类号", "IPC/CPC classes"),
            entry("ipc.hint", "每行一个，如 H01M 4/525。", "One per line, as H01M 4/525."),
            entry("includeExpired", "也列出已失效的专利（标注为失效）", "Also list expired and lapsed patents (marked)"),
            entry("compile.submit", "检索并生成列表", "Search and compile"),
            entry("draft", "起草风险预警提示报告", "Draft a risk-warning report"),
            entry("draft.list", "依据的风险专利列表", "Risk-patent list it draws on"),
            entry("draft.list.none", "不依据列表", "No list"),
            entry("draft.submit", "起草报告", "Draft the report"),
            entry("col.rank", "序号", "No."),
            entry("col.number", "公开号", "Publication no."),
            entry("col.title", "标题", "Title"),
            entry("col.assignees", "申请人/专利权人", "Applicant / proprietor"),
            entry("col.status", "法律状态", "Legal status"),
            entry("col.expiry", "预计到期日", "Expected expiry"),
            entry("col.risk", "风险等级", "Risk"),
            entry("col.reason", "风险说明", "Why"),
            entry("col.claim", "匹配的权利要求", "Matched claim"),
            entry("col.judgement", "判断", "Judgement"),
            entry("col.note", "备注", "Note"),
            entry("estimated", "（估算）", " (estimated)"),
            entry("relevant", "相关", "Relevant"),
            entry("notRelevant", "不相关", "Not relevant"),
            entry("unjudged", "未判断", "Not judged"),
            entry("status.in_force", "有效", "In force"),
            entry("status.pending", "审查中", "Pending"),
            entry("status.expired", "已期满失效", "Expired"),
            entry("status.lapsed", "已失效", "Lapsed"),
            entry("status.unknown", "未知", "Unknown"),
            entry("risk.high", "高", "High"),
            entry("risk.medium", "中", "Medium"),
            entry("risk.low", "低", "Low"),
            entry("rows.none", "没有找到符合条件的专利。", "No patent matched."),
            entry("save", "保存（生成新版本）", "Save (new version)"),
            entry("saved", "已保存为第 %d 版。", "Saved as version %d."),
            entry("created", "已生成第 1 版。", "Version 1 was saved."),
            entry("version", "第 %d 版（共 %d 版）", "Version %d of %d"),
            entry("old", "这是旧版本，只读；在最新版本上保存修改。", "This is an old version, read only; save changes on"
                    + " the newest."),
            entry("history", "版本历史", "Versions"),
            entry("history.item", "第 %d 版", "Version %d"),
            entry("export", "导出", "Export"),
            entry("asOf", "法律状态判断日期", "Legal status as of"),
            entry("request", "检索条件", "Searched for"),
            entry("stale", "该内容在您打开后已被他人修改（您编辑的是第 %d 版，现在是第 %d 版）。请重新打开页面后再保存。",
                    "Someone else changed this since you opened it (you edited version %d, it is now version %d)."
                            + " Reload the page and apply your changes again."),
            entry("preview", "预览", "Preview"),
            entry("citations", "引用资料", "Sources cited"),
            entry("report.list", "依据的风险专利列表", "Risk-patent list drawn on"),
            entry("report.notice", "本报告依据公开信息编制，仅供参考，不构成法律意见。",
                    "Compiled from public information for reference only; not legal advice."));

    private static final RiskLabels ZH = new RiskLabels(false);
    private static final RiskLabels EN = new RiskLabels(true);

    private final boolean english;

    private RiskLabels(boolean english) {
        this.english = english;
    }

    /** The risk pages' text in the language of the page's labels. */
    public static RiskLabels of(Labels l) {
        return l.english() ? EN : ZH;
    }

    /** The text for a key; an unknown key is a programming error and throws. */
    public String get(String key) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no risk label has the key \"" + key + "\"");
        }
        return english ? t[1] : t[0];
    }

    /** The text for a key with its {@code %d} placeholders filled in. */
    public String get(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }

    private static Map.Entry<String, String[]> entry(String key, String zh, String en) {
        return Map.entry(key, new String[] {zh, en});
    }
}
