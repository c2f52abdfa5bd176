package org.ipradar.web;

import java.util.Locale;
import java.util.Map;

/** The pages' interface text in Chinese and English, one entry per key, plus names for codes the pages show. */
public final class Labels {
    /** The Chinese labels, the default. */
    public static final Labels ZH = new Labels(false);
    /** The English labels, chosen with {@code ui=en}. */
    public static final Labels EN = new Labels(true);

    private static final Map<String, String[]> TEXT = withDesk(Map.ofEntries(
            entry("title", "ipradar 海外知识产权风险预警知识库", "ipradar Overseas IP Risk Alert Knowledge Base"),
            entry("tagline", "海外知识产权风险预警知识库", "Overseas IP risk alerts for exporters to ASEAN"),
            entry("search", "搜索", "Search"),
            entry("placeholder", "输入关键词，例如 商标抢注、专利侵权", "Keywords, e.g. trademark squatting, patent"),
            entry("switch", "English", "中文"),
            entry("latest", "最新资讯", "Latest"),
            entry("results", "搜索结果", "Results"),
            entry("filters", "筛选", "Filters"),
            entry("active", "已选条件", "Active filters"),
            entry("clear", "清除全部", "Clear all"),
            entry("remove", "移除", "Remove"),
            entry("sort", "排序", "Sort"),
            entry("sort.relevance", "相关度", "Relevance"),
            entry("sort.date", "最新", "Newest"),
            entry("facet.country", "国家/地区", "Country"),
            entry("facet.kind", "类型", "Kind"),
            entry("facet.lang", "语言", "Language"),
            entry("facet.source", "来源", "Source"),
            entry("facet.year", "年份", "Year"),
            entry("facet.ipType", "知识产权类型", "IP type"),
            entry("facet.industry", "行业", "Industry"),
            entry("facet.quarter", "季度", "Quarter"),
            entry("ipType.patent", "专利", "Patent"),
            entry("ipType.design", "外观设计", "Design"),
            entry("ipType.trademark", "商标", "Trademark"),
            entry("ipType.copyright", "著作权", "Copyright"),
            entry("ipType.trade_secret", "商业秘密", "Trade secret"),
            entry("ipType.geographical_indication", "地理标志", "Geographical indication"),
            entry("ipType.unfair_competition", "不正当竞争", "Unfair competition"),
            entry("ipType.customs", "海关保护", "Customs protection"),
            entry("industry.new_materials", "新材料", "New materials"),
            entry("industry.high_end_equipment", "高端装备", "High-end equipment"),
            entry("industry.ai", "人工智能", "Artificial intelligence"),
            entry("industry.biomedicine", "生物医药", "Biomedicine"),
            entry("industry.medical_devices", "医疗器械", "Medical devices"),
            entry("industry.food", "食品", "Food"),
            entry("industry.chemicals", "化工", "Chemicals"),
            entry("industry.electronics", "电子信息", "Electronics"),
            entry("industry.textiles", "纺织服装", "Textiles"),
            entry("industry.agriculture", "农业", "Agriculture"),
            entry("industry.energy", "能源", "Energy"),
            entry("industry.other", "其他行业", "Other industries"),
            entry("expanded", "也搜索了", "Also searched"),
            entry("subscribe", "订阅", "Subscribe"),
            entry("subscribe.title", "用 RSS/Atom 阅读器订阅此搜索", "Follow this search in a feed reader (Atom)"),
            entry("details", "详情", "Details"),
            entry("also", "其他来源", "Also reported by"),
            entry("kind.news", "新闻", "News"),
            entry("kind.case", "案例", "Case"),
            entry("kind.law", "法律政策", "Law & policy"),
            entry("kind.guide", "指南", "Guide"),
            entry("kind.bulletin", "简报", "Bulletin"),
            entry("lang.zh", "中文", "Chinese"),
            entry("lang.en", "英文", "English"),
            entry("country.EU", "欧盟", "European Union"),
            entry("country.WO", "世界知识产权组织", "WIPO"),
            entry("none", "无结果", "No results"),
            entry("none.hint", "请尝试其他关键词或减少筛选条件。", "Try other keywords or fewer filters."),
            entry("prev", "上一页", "Previous"),
            entry("next", "下一页", "Next"),
            entry("source", "来源", "Source"),
            entry("date", "日期", "Date"),
            entry("date.unknown", "日期不详", "date unknown"),
            entry("json", "JSON 数据", "JSON"),
            entry("home", "返回首页", "Back to search"),
            entry("error", "出错了", "Something went wrong"),
            entry("status.400", "请求有误", "Bad Request"),
            entry("status.404", "页面不存在", "Not Found"),
            entry("status.405", "不支持该请求方法", "Method Not Allowed"),
            entry("status.500", "服务器内部错误", "Internal Server Error"),
            // accounts, sign-in and the audit log
            entry("status.401", "需要登录", "Unauthorized"),
            entry("status.403", "无权访问", "Forbidden"),
            entry("status.429", "请求过于频繁", "Too Many Requests"),
            entry("status.503", "服务暂时不可用", "Service Unavailable"),
            entry("role.editor", "编辑", "Editor"),
            entry("role.consultant", "顾问", "Consultant"),
            entry("role.admin", "管理员", "Administrator"),
            entry("login", "登录", "Sign in"),
            entry("login.title", "登录", "Sign in"),
            entry("login.name", "用户名", "User name"),
            entry("login.password", "密码", "Password"),
            entry("login.submit", "登录", "Sign in"),
            entry("login.hint", "编辑、顾问和管理员登录后使用工作台；公开内容无需登录即可检索和阅读。",
                    "Editors, consultants and administrators sign in to work; published content needs no account."),
            entry("login.missing", "请输入用户名和密码。", "Enter your user name and password."),
            entry("login.wrong", "用户名或密码错误。", "Wrong user name or password."),
            entry("login.disabled", "该账号已停用，请联系管理员。",
                    "This account is disabled; ask an administrator."),
            entry("login.throttled", "登录尝试过多，请 %d 秒后再试。", "Too many sign-in attempts; try again in %d seconds."),
            entry("login.busy", "服务器正忙，请稍后再试。", "The server is busy; try again in a few seconds."),
            entry("login.signedIn", "您已登录为 %s。", "You are signed in as %s."),
            entry("login.signedOut", "您已退出登录。", "You have signed out."),
            entry("login.required", "请先登录。", "Please sign in first."),
            entry("login.insecure", "此页面通过未加密的 HTTP 打开，浏览器不会保存登录状态。请通过 HTTPS 访问；仅在可信内网中可设置"
                    + " IPRADAR_SECURE_COOKIES=off。", "This page was opened over plain HTTP, so the browser will not"
                    + " keep you signed in. Use HTTPS; only on a trusted network, set IPRADAR_SECURE_COOKIES=off."),
            entry("logout", "退出", "Sign out"),
            entry("denied.role", "您的账号（%s）无权使用此页面。", "Your account (%s) may not use this page."),
            entry("denied.csrf", "请求未通过安全校验，请返回页面刷新后重试。",
                    "The request failed a security check; go back, reload the page and try again."),
            entry("audit.title", "审计日志", "Audit log"),
            entry("audit.count", "共 %d 条记录", "%d entries"),
            entry("audit.at", "时间（UTC）", "Time (UTC)"),
            entry("audit.actor", "用户", "User"),
            entry("audit.action", "操作", "Action"),
            entry("audit.object", "对象", "Object"),
            entry("audit.summary", "说明", "Summary"),
            entry("audit.result", "结果", "Result"),
            entry("audit.address", "地址", "Address"),
            entry("audit.filter", "筛选", "Filter"),
            entry("audit.none", "没有符合条件的记录。", "No entries match."),
            entry("audit.readonly", "审计日志只能追加，不能修改或删除。", "The audit log is append-only: it cannot be changed."),
            entry("sources.title", "信息来源状态", "Sources"),
            entry("sources.summary", "共 %d 个来源：正常 %d，失败 %d，被拒绝 %d，无条目 %d，尚未抓取 %d",
                    "%d sources: %d ok, %d failing, %d blocked, %d stale, %d not fetched yet"),
            entry("sources.source", "来源", "Source"),
            entry("sources.health", "状态", "Health"),
            entry("sources.lastSuccess", "最近成功", "Last success"),
            entry("sources.errors", "连续失败", "Errors in a row"),
            entry("sources.items", "条目（本次/最多）", "Items (last/most)"),
            entry("sources.documents", "文档数", "Documents"),
            entry("sources.quarantined", "无法解析而隔离的内容", "Quarantined payloads"),
            entry("sources.never", "—", "—"),
            entry("doc.original", "阅读原文", "Read the original"),
            entry("doc.also", "同一报道的其他来源", "Also reported by"),
            entry("doc.source", "来源", "Source"),
            entry("doc.date", "发布日期", "Published"),
            entry("doc.lang", "语言", "Language"),
            entry("doc.kind", "类型", "Kind"),
            entry("doc.countries", "国家/地区", "Countries"),
            entry("doc.ipTypes", "知识产权类型", "IP types"),
            entry("doc.industries", "行业", "Industries"),
            entry("bucket.new", "新增", "new"),
            entry("bucket.updated", "更新", "updated"),
            entry("bucket.unchanged", "未变", "unchanged"),
            entry("bucket.duplicate", "重复", "duplicate"),
            entry("bucket.skipped", "跳过", "skipped"),
            entry("bucket.quarantined", "隔离", "quarantined"),
            entry("health.ok", "正常", "OK"),
            entry("health.new", "尚未抓取", "Not fetched yet"),
            entry("health.failing", "失败", "Failing"),
            entry("health.blocked", "被拒绝", "Blocked"),
            entry("health.stale", "无条目", "No items"),
            // the desk: bulletins and the coverage tracker
            entry("bulletins.title", "季度简报", "Quarterly bulletins"),
            entry("bulletins.none", "尚无已发布的简报。", "No bulletin has been published yet."),
            entry("bulletins.atom", "订阅（Atom）", "Atom feed"),
            entry("bulletin.pdf", "下载 PDF", "Download PDF"),
            entry("bulletin.docx", "下载 Word", "Download Word"),
            entry("bulletin.contents", "目录", "Contents"),
            entry("bulletin.intro", "导语", "Introduction"),
            entry("bulletin.original", "阅读原文", "Read the original"),
            entry("bulletin.onsite", "站内全文", "Full text here"),
            entry("bulletin.status.draft", "草稿：尚未发布，仅编辑可见", "Draft: not published, editors only"),
            entry("bulletin.status.published", "已发布", "Published"),
            entry("bulletin.status.withdrawn", "已撤回：仅编辑可见", "Withdrawn: editors only"),
            entry("coverage.title", "季度发布进度", "Quarterly coverage"),
            entry("coverage.rule", "每季度至少发布 %d 篇文章；尚未达标且候选文档少于 %d 篇的季度另行提示",
                    "At least %d articles a quarter; a quarter short of them with fewer than %d candidate documents is"
                            + " flagged too"),
            entry("coverage.quarter", "季度", "Quarter"),
            entry("coverage.state", "状态", "State"),
            entry("coverage.articles", "已发布文章", "Articles published"),
            entry("coverage.bulletins", "已发布简报", "Bulletins published"),
            entry("coverage.drafts", "草稿", "Drafts"),
            entry("coverage.candidates", "候选文档", "Candidate documents"),
            entry("coverage.flags", "提示", "Flags"),
            entry("coverage.state.past", "已结束", "Ended"),
            entry("coverage.state.current", "进行中", "In progress"),
            entry("coverage.state.upcoming", "未开始", "Not started"),
            entry("coverage.daysLeft", "剩余 %d 天", "%d days left"),
            entry("coverage.flag.below_minimum", "不足 %d 篇", "Below %d articles"),
            entry("coverage.flag.few_candidates", "候选文档少于 %d 篇", "Fewer than %d candidates"),
            entry("coverage.ok", "已达标", "Met"),
            entry("coverage.prev", "上一年", "Previous year"),
            entry("coverage.next", "下一年", "Next year"),
            entry("footer", "数据来自公开来源，仅供参考，不构成法律意见。",
                    "Compiled from public sources, for reference only; not legal advice.")));

    private final boolean english;

    private Labels(boolean english) {
        this.english = english;
    }

    /** The labels for a {@code ui} parameter: English for {@code en}, Chinese for anything else or none. */
    public static Labels forUi(String ui) {
        return ui != null && ui.strip().equalsIgnoreCase("en") ? EN : ZH;
    }

    public boolean english() {
        return english;
    }

    /** The value of the page's {@code lang} attribute. */
    public String htmlLang() {
        return english ? "en" : "zh-CN";
    }

    /** The text for a key; an unknown key is a programming error and throws. */
    public String get(String key) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no label has the key \"" + key + "\"");
        }
        return english ? t[1] : t[0];
    }

    /** The result count line, as in {@code 共 12 条结果} or {@code 12 results}. */
    public String resultCount(long n) {
        if (english) {
            return n == 1 ? "1 result" : n + " results";
        }
        return "共 " + n + " 条结果";
    }

    /** The sources page's summary line from the counts of each health. */
    public String sourcesSummary(int total, int ok, int failing, int blocked, int stale, int fresh) {
        return String.format(Locale.ROOT, get("sources.summary"), total, ok, failing, blocked, stale, fresh);
    }

    /** Which hits a page shows, as in {@code 第 11–20 条} or {@code Showing 11–20}. */
    public String showing(long first, long last) {
        return english ? "Showing " + first + "–" + last : "第 " + first + "–" + last + " 条";
    }

    /** The heading of an error page, as in {@code 400 请求有误}. */
    public String status(int status) {
        String[] t = TEXT.get("status." + status);
        return status + " " + (t == null ? get("error") : english ? t[1] : t[0]);
    }

    /** A country or region by name with its code, as in {@code 越南 (VN)} or {@code Vietnam (VN)}. */
    public String country(String code) {
        return countryName(code) + " (" + code + ")";
    }

    /** A country or region by name alone, or the code when Java does not know it. */
    public String countryName(String code) {
        String[] special = TEXT.get("country." + code);
        if (special != null) {
            return english ? special[1] : special[0];
        }
        String name = Locale.of("", code).getDisplayCountry(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return name.isBlank() ? code : name;
    }

    /** The label for a key, or the fallback when there is none: for values whose labels may not all exist. */
    public String getOr(String key, String fallback) {
        String[] t = TEXT.get(key);
        return t == null ? fallback : english ? t[1] : t[0];
    }

    /** A kind's name, or its wire name when unknown. */
    public String kind(String wire) {
        String[] t = wire == null ? null : TEXT.get("kind." + wire);
        return t == null ? String.valueOf(wire) : english ? t[1] : t[0];
    }

    /** An IP type's name, or its wire name when unknown. */
    public String ipType(String wire) {
        String[] t = wire == null ? null : TEXT.get("ipType." + wire);
        return t == null ? String.valueOf(wire) : english ? t[1] : t[0];
    }

    /** An industry's name, or its wire name when unknown. */
    public String industry(String wire) {
        String[] t = wire == null ? null : TEXT.get("industry." + wire);
        return t == null ? String.valueOf(wire) : english ? t[1] : t[0];
    }

    /** A quarter such as {@code 2026Q1} as people write it: {@code 2026年第1季度} or {@code Q1 2026}. */
    public String quarter(String value) {
        if (value == null || !value.matches("\\d{4}Q[1-4]")) {
            return String.valueOf(value);
        }
        return english ? "Q" + value.charAt(5) + " " + value.substring(0, 4)
                : value.substring(0, 4) + "年第" + value.charAt(5) + "季度";
    }

    /** A language's name from its ISO 639-1 code, or the code when Java does not know it. */
    public String lang(String code) {
        if (code == null) {
            return "";
        }
        String[] t = TEXT.get("lang." + code);
        if (t != null) {
            return english ? t[1] : t[0];
        }
        String name = Locale.of(code).getDisplayLanguage(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return name.isBlank() ? code : name;
    }

    /** A date range filter as shown among the active filters. */
    public String range(String from, String to) {
        if (from != null && to != null && from.length() == 10 && to.length() == 10
                && from.endsWith("-01-01") && to.endsWith("-12-31") && from.regionMatches(0, to, 0, 4)) {
            return get("facet.year") + ": " + from.substring(0, 4);
        }
        String f = from == null ? "…" : from;
        String t = to == null ? "…" : to;
        return get("date") + ": " + f + " – " + t;
    }

    // The desk pages keep their text in DeskLabels; one key space, and a key defined twice is a programming error.
    private static Map<String, String[]> withDesk(Map<String, String[]> own) {
        Map<String, String[]> all = new java.util.HashMap<>(own);
        DeskLabels.TEXT.forEach((k, v) -> {
            if (all.putIfAbsent(k, v) != null) {
                throw new IllegalStateException("the label \"" + k + "\" is defined in Labels and in DeskLabels");
            }
        });
        return Map.copyOf(all);
    }

    private static Map.Entry<String, String[]> entry(String key, String zh, String en) {
        return Map.entry(key, new String[] {zh, en});
    }
}
