package org.ipradar.web;

import java.util.Map;

/**
 * The firm pages' interface text in Chinese and English, kept beside {@link Labels} (which holds the rest) and
 * switched by the same {@code ui} parameter.
 */
public final class FirmLabels {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            entry("nav", "企业档案", "Firms"),
            entry("list.title", "我的企业档案", "My firms"),
            entry("list.admin", "企业与负责顾问", "Firms and their consultants"),
            entry("list.assign", "分配顾问", "Assign consultants"),
            entry("list.adminNote", "管理员只看到各企业的名称、编号和负责顾问，用于分配顾问；企业档案的内容只有负责顾问可见。",
                    "Administrators see only each firm's name, id and consultants, to assign consultants; a firm's"
                            + " profile is seen by its consultants only."),
            entry("list.none", "还没有企业档案。", "No firm yet."),
            entry("list.new", "新建企业档案", "New firm"),
            entry("list.confidential", "企业档案属于保密信息：仅分配的顾问可见，每次查看和修改都记入审计日志。",
                    "Firm profiles are confidential: only the consultants assigned see them, and every view and change"
                            + " is written to the audit log."),
            entry("col.name", "企业名称", "Firm"),
            entry("col.industry", "行业", "Industry"),
            entry("col.markets", "目标市场", "Target markets"),
            entry("col.products", "产品数", "Products"),
            entry("col.consultants", "负责顾问", "Consultants"),
            entry("col.updated", "更新时间", "Updated"),
            entry("col.id", "编号", "Id"),
            entry("col.assign", "分配顾问", "Assign a consultant"),
            entry("new.title", "新建企业档案", "New firm"),
            entry("profile", "基本情况", "Profile"),
            entry("edit", "编辑档案", "Edit profile"),
            entry("name", "企业名称", "Firm name"),
            entry("industry", "所属行业", "Industry"),
            entry("industry.choose", "请选择", "Choose"),
            entry("markets", "目标市场", "Target markets"),
            entry("markets.hint", "国家/地区代码，用空格或逗号分隔，例如 VN TH US EU；ASEAN 表示东盟十国。",
                    "Country codes separated by spaces or commas, e.g. VN TH US EU; ASEAN stands for its ten members."),
            entry("competitors", "已知竞争对手", "Known competitors"),
            entry("competitors.hint", "每行一个。", "One per line."),
            entry("ownPatents", "自有专利", "Own patents"),
            entry("ownPatents.hint", "每行一件：公开号（如 CN112345678A），或“法域 | 号码”（如 US | 10123456）。",
                    "One per line: the publication number (as CN112345678A), or \"jurisdiction | number\" (as"
                            + " US | 10123456)."),
            entry("ownTrademarks", "自有商标", "Own trademarks"),
            entry("ownTrademarks.hint", "每行一件：“法域 | 商标 | 注册号（可选）”，如 VN | 星光 | 4-2020-12345。",
                    "One per line: \"jurisdiction | mark | number (optional)\", as VN | Starlight | 4-2020-12345."),
            entry("products", "产品", "Products"),
            entry("product", "产品 %d", "Product %d"),
            entry("product.new", "添加产品", "Add a product"),
            entry("product.name", "产品名称", "Product name"),
            entry("product.description", "技术描述", "Technical description"),
            entry("product.features", "关键技术特征", "Key features"),
            entry("product.features.hint", "每行一个特征。", "One feature per line."),
            entry("product.hsCodes", "HS 编码", "HS codes"),
            entry("product.hsCodes.hint", "用空格或逗号分隔，如 8504.40 8541.40。",
                    "Separated by spaces or commas, as 8504.40 8541.40."),
            entry("product.remove", "删除此产品", "Remove this product"),
            entry("product.none", "尚未录入产品。", "No product yet."),
            entry("save", "保存", "Save"),
            entry("create", "创建", "Create"),
            entry("saved", "已保存。", "Saved."),
            entry("created", "企业档案已创建，您已被分配为负责顾问。", "The firm was created and you are assigned to it."),
            entry("version", "版本", "Version"),
            entry("meta.created", "创建", "Created"),
            entry("meta.updated", "最近修改", "Last saved"),
            entry("consultants", "负责顾问", "Consultants"),
            entry("consultants.none", "尚未分配顾问。", "No consultant assigned."),
            entry("consultants.user", "顾问用户名", "Consultant's user name"),
            entry("consultants.assign", "分配", "Assign"),
            entry("consultants.unassign", "取消分配", "Unassign"),
            entry("consultants.manage", "在企业列表中分配顾问", "Assign consultants in the firm list"),
            entry("consultants.changed", "顾问分配已更新。", "The assignment was updated."),
            entry("record", "服务记录", "Service record"),
            entry("record.none", "尚无服务记录。", "No entry yet."),
            entry("record.add", "添加服务记录", "Add an entry"),
            entry("record.added", "服务记录已添加。", "Entry added."),
            entry("record.type", "类型", "Type"),
            entry("record.date", "日期", "Date"),
            entry("record.author", "记录人", "Recorded by"),
            entry("record.text", "内容", "What happened"),
            entry("record.links", "关联", "Linked"),
            entry("record.report", "报告", "Report"),
            entry("record.riskList", "风险专利列表", "Risk-patent list"),
            entry("entry.consultation", "咨询", "Consultation"),
            entry("entry.report_delivered", "报告交付", "Report delivered"),
            entry("entry.follow_up", "跟踪回访", "Follow-up"),
            entry("entry.feedback", "企业反馈", "Feedback"),
            entry("notFound", "没有这个企业档案，或者它没有分配给您。", "No such firm, or it is not assigned to you."),
            entry("adminNoContent", "管理员负责分配顾问，但不查看、修改或创建企业档案的保密内容；只有分配给该企业的顾问可以。",
                    "Administrators assign consultants to firms but do not see, change or create a firm's confidential"
                            + " content; only the consultants assigned to it do."),
            entry("stale", "该档案在您打开后已被他人修改（您编辑的是第 %d 版，现在是第 %d 版）。请重新打开页面后再修改。",
                    "Someone else changed this profile since you opened it (you edited version %d, it is now"
                            + " version %d). Reload the page and apply your changes again."),
            entry("back", "返回企业列表", "Back to firms"),
            entry("json", "JSON 数据", "JSON"));

    private static final FirmLabels ZH = new FirmLabels(false);
    private static final FirmLabels EN = new FirmLabels(true);

    private final boolean english;

    private FirmLabels(boolean english) {
        this.english = english;
    }

    /** The firm pages' text in the language of the page's labels. */
    public static FirmLabels of(Labels l) {
        return l.english() ? EN : ZH;
    }

    /** The text for a key; an unknown key is a programming error and throws. */
    public String get(String key) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no firm label has the key \"" + key + "\"");
        }
        return english ? t[1] : t[0];
    }

    private static Map.Entry<String, String[]> entry(String key, String zh, String en) {
        return Map.entry(key, new String[] {zh, en});
    }
}
