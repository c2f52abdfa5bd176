package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.desk.Actor;
import org.ipradar.desk.CaseRecord;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskDraft;
import org.ipradar.testing.DeskFixtures;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's page routes over HTTP, as a browser posts their forms: the CSRF token is required, errors show next to
 * their fields in Chinese or English, stale saves are 409 with the typed form kept, and the buttons do what they say.
 */
class DeskPagesTest {
    static final Actor LI = new Actor("li", java.util.Set.of("editor"));

    @TempDir
    Path dir;

    Services services;
    Javalin app;
    Http http;
    String li;
    String wang;

    @BeforeEach
    void start() {
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, new MutableClock(Instant.parse("2026-08-10T04:00:00Z")));
        services.writer().write(DeskFixtures.twoQuarters());
        Auth auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
        TestAuth.add(auth, "li", Role.EDITOR);
        TestAuth.add(auth, "wang", Role.EDITOR);
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
        li = http.login("li", TestAuth.PASSWORD);
        wang = http.login("wang", TestAuth.PASSWORD);
    }

    @AfterEach
    void stop() {
        app.stop();
        services.close();
    }

    /** A form post with the session cookie and its CSRF token in the form, as the pages send it. */
    Http.Answer post(String session, String path, String... fields) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "_csrf";
        all[fields.length + 1] = Auth.csrfToken(session);
        return http.call("POST", path).header("Cookie", "ipradar_session=" + session).form(all).send();
    }

    /** The same post without the token: the session cookie alone. */
    Http.Answer postWithoutToken(String session, String path, String... fields) {
        return http.call("POST", path).header("Cookie", "ipradar_session=" + session).form(fields).send();
    }

    Document page(String session, String path) {
        Http.Answer a = http.call("GET", path).session(session).send();
        assertEquals(200, a.status(), a.body());
        return Jsoup.parse(a.body());
    }

    static String text(Document d, String css) {
        Element e = d.selectFirst(css);
        return e == null ? null : e.text();
    }

    DeskDocument caseRecord(Actor who, String title) {
        return services.desk().create(who, new DeskDraft("case", title, "zh", "markdown", "", List.of("VN"),
                List.of("trademark"), List.of(), new CaseRecord("court", "", "", List.of(), "商标侵权", null, null, "",
                        null, "", List.of())));
    }

    @Test
    void everyFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        DeskDocument d = caseRecord(LI, "越南商标案");
        Bulletin b = services.bulletins().propose(LI, "2026Q3", 3);
        List<String[]> posts = List.of(
                new String[] {"/desk/bulletins", "quarter", "2026Q3"},
                new String[] {"/desk/bulletins/" + b.id(), "version", "1", "title", "改过的", "op", "save"},
                new String[] {"/desk/bulletins/" + b.id(), "version", "1", "op", "publish"},
                new String[] {"/desk/documents", "kind", "guide", "title", "指南", "lang", "zh", "body", "正文"},
                new String[] {"/desk/documents/" + d.id(), "version", "1", "op", "publish"});
        for (String[] p : posts) {
            Http.Answer a = postWithoutToken(li, p[0], java.util.Arrays.copyOfRange(p, 1, p.length));
            assertEquals(403, a.status(), p[0]);
            assertEquals("请求未通过安全校验，请返回页面刷新后重试。", text(Jsoup.parse(a.body()), "#message"), p[0]);
        }
        assertEquals(1, services.bulletins().list(LI).size());
        assertEquals(1, services.bulletins().get(LI, b.id()).version());
        assertEquals(1, services.desk().list(LI, null).size());
        assertEquals(DeskDocument.DRAFT, services.desk().get(LI, d.id()).status());

        // the same with the token goes through
        Http.Answer ok = post(li, "/desk/bulletins", "quarter", "2026Q3");
        assertEquals(303, ok.status());
        assertEquals("/desk/bulletins/" + (b.id() + 1) + "?done=created", ok.header("Location"));
    }

    @Test
    void aQuarterThatIsNotOneIsShownNextToItsField() {
        Http.Answer a = post(li, "/desk/bulletins", "quarter", "2026Q5");
        assertEquals(400, a.status());
        Document d = Jsoup.parse(a.body());
        assertEquals("季度格式应为 2026Q3：年份、Q 和 1 至 4，年份在 2000 至 2100 之间。", text(d, "#quarter-error"));
        assertEquals("2026Q5", d.selectFirst("#quarter").val());
        assertEquals("true", d.selectFirst("#quarter").attr("aria-invalid"));
        assertEquals(0, services.bulletins().list(LI).size());
        Http.Answer en = post(li, "/desk/bulletins?ui=en", "quarter", "Q3");
        assertEquals("A quarter looks like 2026Q3: a year from 2000 to 2100, Q, and 1 to 4.",
                text(Jsoup.parse(en.body()), "#quarter-error"));
    }

    @Test
    void caseRecordErrorsAreShownNextToTheirFieldsWithWhatWasTyped() {
        Http.Answer a = post(li, "/desk/documents", "kind", "case", "title", "越南展会案", "lang", "zh",
                "format", "markdown", "countries", "VN", "forum", "court", "cause", "", "filed", "2026-13-01",
                "decided", "", "partyRole", "plaintiff", "partyName", "甲公司", "partyRole", "", "partyName", "",
                "moneyKind", "damages", "amount", "12万", "currency", "usd", "op", "save");
        assertEquals(400, a.status());
        Document d = Jsoup.parse(a.body());
        assertEquals("请按提示修改标出的字段，然后再次保存。", text(d, "#form-error"));
        assertEquals("立案日期须为 YYYY-MM-DD 格式，如 2026-05-20。", text(d, "#filed-error"));
        assertEquals("请选择判赔或和解；金额须为不小于 0、最多两位小数的数字；币种须为 ISO 4217 三位代码（如 USD、CNY、VND）。",
                text(d, "#money-error"));
        assertEquals("越南展会案", d.selectFirst("#title").val());
        assertEquals("2026-13-01", d.selectFirst("#filed").val());
        assertEquals("甲公司", d.selectFirst("input[name=partyName]").val());
        assertEquals("plaintiff", d.selectFirst("select[name=partyRole] option[selected]").val());
        assertEquals(0, services.desk().list(LI, null).size(), "nothing stored");

        // the dates and amount read, the service finds the empty cause; in English with the switch
        a = post(li, "/desk/documents?ui=en", "kind", "case", "title", "越南展会案", "lang", "zh",
                "format", "markdown", "countries", "VN, XX", "forum", "court", "cause", "商标侵权", "op", "save");
        d = Jsoup.parse(a.body());
        assertEquals(400, a.status());
        assertEquals("Countries must be ISO 3166-1 two-letter codes (as VN, TH, SG, or EU, WO), comma-separated.",
                text(d, "#countries-error"));
        a = post(li, "/desk/documents", "kind", "case", "title", "越南展会案", "lang", "zh", "format", "markdown",
                "countries", "VN", "forum", "court", "cause", "", "op", "save");
        assertEquals("请填写案由（如 商标侵权），不超过 300 字。", text(Jsoup.parse(a.body()), "#cause-error"));
        a = post(li, "/desk/documents", "kind", "case", "title", "越南展会案", "lang", "zh", "format", "markdown",
                "countries", "VN", "cause", "商标侵权", "sourceTitle", "判决", "sourceUrl", "javascript:alert(1)",
                "op", "save");
        d = Jsoup.parse(a.body());
        assertEquals("请选择受理机构类型（法院、知识产权局、海关、电商平台或展会）。", text(d, "#forum-error"));
        assertEquals(0, services.desk().list(LI, null).size(), "nothing stored");
    }

    @Test
    void aCaseRecordIsCreatedPublishedAndWithdrawnThroughTheForm() {
        Http.Answer a = post(li, "/desk/documents", "kind", "case", "title", "越南法院商标侵权案", "lang", "zh",
                "format", "markdown", "body", "**案情**简介", "countries", "vn，TH", "ipType", "trademark",
                "industry", "electronics", "forum", "court", "forumName", "胡志明市人民法院", "caseNumber", "123/2026",
                "partyRole", "plaintiff", "partyName", "甲公司", "partyRole", "defendant", "partyName", "乙公司",
                "partyRole", "", "partyName", "", "cause", "商标侵权", "filed", "2026-01-05", "decided", "2026-05-20",
                "outcome", "被告停止侵权", "moneyKind", "damages", "amount", "120,000.50", "currency", "usd",
                "lessons", "尽早注册商标", "sourceTitle", "判决书", "sourceUrl", "https://example.org/judgment",
                "sourceTitle", "", "sourceUrl", "", "op", "save");
        assertEquals(303, a.status(), a.body());
        DeskDocument d = services.desk().list(LI, null).getFirst();
        assertEquals(DeskPages.editPath(d.id()) + "?done=created", a.header("Location"));
        assertEquals(List.of("VN", "TH"), d.countries());
        assertEquals(new CaseRecord("court", "胡志明市人民法院", "123/2026", List.of(
                new CaseRecord.Party("plaintiff", "甲公司"), new CaseRecord.Party("defendant", "乙公司")), "商标侵权",
                java.time.LocalDate.parse("2026-01-05"), java.time.LocalDate.parse("2026-05-20"), "被告停止侵权",
                new CaseRecord.Money("damages", new java.math.BigDecimal("120000.50"), "USD"), "尽早注册商标",
                List.of(new CaseRecord.SourceLink("判决书", "https://example.org/judgment"))), d.caseRecord());

        Document form = page(li, a.header("Location"));
        assertEquals("已创建草稿。", text(form, "#notice"));
        assertEquals("案例 · 草稿 · 作者 li · 第 1 版", text(form, "#doc-status"));
        assertEquals("120000.50", form.selectFirst("#amount").val());
        assertEquals(List.of("甲公司", "乙公司", "", ""), form.select("input[name=partyName]").stream().map(Element::val)
                .toList());
        assertEquals("**案情**简介", form.selectFirst("#body").val());

        // saving an unchanged form changes nothing
        a = post(li, DeskPages.editPath(d.id()), formFields(form, "save"));
        assertEquals(DeskPages.editPath(d.id()) + "?done=unchanged", a.header("Location"));
        assertEquals(1, services.desk().get(LI, d.id()).version());

        a = post(li, DeskPages.editPath(d.id()), formFields(form, "publish"));
        assertEquals(DeskPages.editPath(d.id()) + "?done=published", a.header("Location"));
        form = page(li, a.header("Location"));
        assertEquals("已发布：现在可以在检索中找到。", text(form, "#notice"));
        assertEquals("案例 · 已发布 · 作者 li · 第 2 版", text(form, "#doc-status"));
        assertEquals(PageController.documentPath(d.id()), form.selectFirst("#public-page").attr("href"));
        assertEquals(1, services.search().search(org.ipradar.search.SearchRequest.of("胡志明市人民法院")).total());

        a = post(li, DeskPages.editPath(d.id()), formFields(form, "withdraw"));
        assertEquals(DeskPages.editPath(d.id()) + "?done=withdrawn", a.header("Location"));
        assertEquals(DeskDocument.WITHDRAWN, services.desk().get(LI, d.id()).status());
        assertEquals(0, services.search().search(org.ipradar.search.SearchRequest.of("胡志明市人民法院")).total());
    }

    /** The values a browser would post for a form page, with the button pressed. */
    static String[] formFields(Document page, String op) {
        List<String> out = new java.util.ArrayList<>();
        for (Element e : page.select("#document-form input, #document-form select, #document-form textarea,"
                + " #bulletin-form input, #bulletin-form select, #bulletin-form textarea")) {
            String name = e.attr("name");
            if (name.isEmpty() || name.equals("_csrf")) {
                continue;
            }
            if (e.attr("type").equals("checkbox") && !e.hasAttr("checked")) {
                continue;
            }
            String value = e.tagName().equals("select")
                    ? (e.selectFirst("option[selected]") == null ? e.selectFirst("option").val()
                            : e.selectFirst("option[selected]").val())
                    : e.val();
            out.add(name);
            out.add(value);
        }
        out.add("op");
        out.add(op);
        return out.toArray(String[]::new);
    }

    static String[] replace(String[] fields, String name, String value) {
        String[] out = fields.clone();
        for (int i = 0; i < out.length; i += 2) {
            if (out[i].equals(name)) {
                out[i + 1] = value;
                return out;
            }
        }
        throw new AssertionError("no field " + name);
    }

    @Test
    void aStaleDocumentSaveIs409WithTheTypedFormAndTheNewerVersionKept() {
        DeskDocument d = caseRecord(LI, "原标题");
        Document tab1 = page(li, DeskPages.editPath(d.id()));
        Document tab2 = page(li, DeskPages.editPath(d.id()));
        Http.Answer first = post(li, DeskPages.editPath(d.id()), replace(formFields(tab1, "save"), "title", "第一处修改"));
        assertEquals(303, first.status());
        Http.Answer second = post(li, DeskPages.editPath(d.id()), replace(formFields(tab2, "save"), "title",
                "第二处修改"));
        assertEquals(409, second.status());
        Document d2 = Jsoup.parse(second.body());
        assertEquals("保存冲突：您打开后，其他人已保存了新的版本（您编辑的是第 1 版，当前为第 2 版）。新版本已保留，没有被覆盖；"
                + "您的修改仍在下方，尚未保存。请对照“已保存的版本”，确认后再次保存。", text(d2, "#form-error"));
        assertEquals("第二处修改", d2.selectFirst("#title").val(), "the typed edit is kept in the form");
        assertEquals("第一处修改", text(d2, "#saved-title"), "the stored version is shown beside it");
        assertEquals("已保存的版本（第 2 版）", text(d2, "#saved summary"));
        assertEquals("2", d2.selectFirst("input[name=version]").val());
        assertEquals("第一处修改", services.desk().get(LI, d.id()).title(), "the newer version is kept");

        // saving again from the conflict page applies the edit over the version now shown
        Http.Answer again = post(li, DeskPages.editPath(d.id()), formFields(d2, "save"));
        assertEquals(303, again.status());
        assertEquals("第二处修改", services.desk().get(LI, d.id()).title());
        assertEquals(3, services.desk().get(LI, d.id()).version());
    }

    @Test
    void anotherEditorsDocumentIsReadOnlyAndLeftOffTheirDesk() {
        DeskDocument d = caseRecord(LI, "李的案例");
        Document desk = page(wang, "/desk");
        assertEquals("您还没有撰写文档或案例。", text(desk, "#documents-none"));
        Document form = page(wang, DeskPages.editPath(d.id()));
        assertEquals("只有作者 li 可以修改此文档。", text(form, "#form-error"));
        assertTrue(form.selectFirst("#document-form fieldset").hasAttr("disabled"));
        Http.Answer a = post(wang, DeskPages.editPath(d.id()), replace(formFields(form, "save"), "title", "王改的"));
        assertEquals(403, a.status());
        assertEquals("only the author of \"" + d.id() + "\" (li) may change it", text(Jsoup.parse(a.body()),
                "#message"));
        assertEquals("李的案例", services.desk().get(LI, d.id()).title());
        desk = page(li, "/desk");
        assertEquals(List.of("李的案例"), desk.select("#desk-documents td.title").eachText());
        assertEquals(List.of("草稿"), desk.select("#desk-documents .status").eachText());
    }

    @Test
    void theBulletinEditorsButtonsRemoveMoveAddAndPublish() {
        Bulletin b = services.bulletins().propose(LI, "2026Q3", 3);
        List<String> ids = b.items().stream().map(i -> i.documentId()).toList();
        String path = "/desk/bulletins/" + b.id();
        Document p = page(li, path);
        assertEquals(ids, p.select("#items input[name=item]").eachAttr("value"));
        assertTrue(p.selectFirst("#item-0 button.up").hasAttr("disabled"));
        assertTrue(p.selectFirst("#item-2 button.down").hasAttr("disabled"));

        Http.Answer a = post(li, path, formFields(p, "down:0"));
        assertEquals(path + "?done=moved", a.header("Location"));
        p = page(li, a.header("Location"));
        assertEquals("已调整顺序并保存。", text(p, "#notice"));
        assertEquals(List.of(ids.get(1), ids.get(0), ids.get(2)), p.select("#items input[name=item]").eachAttr("value"));

        a = post(li, path, formFields(p, "remove:2"));
        assertEquals(path + "?done=removed", a.header("Location"));
        p = page(li, a.header("Location"));
        assertEquals(List.of(ids.get(1), ids.get(0)), p.select("#items input[name=item]").eachAttr("value"));

        a = post(li, path, replace(formFields(p, "add"), "add", "q1"));
        assertEquals(path + "?done=added", a.header("Location"));
        p = page(li, a.header("Location"));
        assertEquals("3. 菲律宾商标异议程序", text(p, "#item-2 h3"));

        // not an id: keywords, shown as results to add from
        a = post(li, path, replace(formFields(p, "add"), "add", "菲律宾"));
        assertEquals(path + "?find=%E8%8F%B2%E5%BE%8B%E5%AE%BE", a.header("Location"));
        p = page(li, a.header("Location"));
        assertEquals("“菲律宾”的搜索结果", text(p, "#found h3"));
        assertEquals("已在简报中", text(p, "#found-q1 .muted:last-of-type"));

        a = post(li, path, replace(formFields(p, "add"), "add", ids.get(0)));
        assertEquals(400, a.status());
        assertEquals("这篇文档已在简报中。", text(Jsoup.parse(a.body()), "#add-error"));

        a = post(li, path, formFields(p, "publish"));
        assertEquals(path + "?done=published", a.header("Location"));
        p = page(li, a.header("Location"));
        assertEquals("已发布", text(p, "#status"));
        assertEquals("本期简报已发布，不能修改；如需修改，请先撤回。", text(p, "#readonly"));
        assertEquals(Bulletin.PUBLISHED, services.bulletins().get(LI, b.id()).status());

        a = post(li, path, formFields(p, "withdraw"));
        assertEquals(path + "?done=withdrawn", a.header("Location"));
        assertEquals(Bulletin.WITHDRAWN, services.bulletins().get(LI, b.id()).status());
    }

    @Test
    void aBulletinWithOneArticleSaysWhyItCannotBePublished() {
        Bulletin b = services.bulletins().propose(LI, "2026Q1", null);
        String path = "/desk/bulletins/" + b.id();
        Document p = page(li, path);
        assertEquals(List.of("暂不能发布：",
                "一期简报至少需要 2 篇文章才能发布，本期只有 1 篇。 A bulletin needs at least 2 articles to be published; this"
                        + " one has 1.",
                "2026年第一季度（2026-01-01 至 2026-03-31）只发布了 1 篇候选文档：请在编辑台撰写指南、法律政策或案例，或添加其他季度的文章。"
                        + " Only 1 candidate document was published in 2026Q1 (2026-01-01 to 2026-03-31, Asia/Shanghai):"
                        + " write guides, law notes or cases on the desk, or add articles from other quarters."),
                p.select("#problems p").eachText());
        Http.Answer a = post(li, path, formFields(p, "publish"));
        assertEquals(409, a.status());
        Document r = Jsoup.parse(a.body());
        assertEquals("一期简报至少需要 2 篇文章才能发布，本期只有 1 篇。 A bulletin needs at least 2 articles to be published;"
                + " this one has 1.", text(r, "#form-error"));
        assertEquals("草稿", text(r, "#status"));
        assertEquals(Bulletin.DRAFT, services.bulletins().get(LI, b.id()).status());
    }
}
