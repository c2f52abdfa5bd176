package org.ipradar.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ipradar.Services;
import org.ipradar.search.SearchRequest;
import org.ipradar.store.Article;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskServiceTest {
    static final Actor LI = Actor.editor("li");
    static final Actor WANG = Actor.editor("wang");
    static final Actor CONSULTANT = new Actor("zhao", Set.of("consultant"));

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-07-01T02:00:00Z"));
    Services services;
    DeskService desk;

    @BeforeEach
    void open() {
        services = Services.open(TestServices.settings(dir), List.of(), n -> {}, clock);
        desk = services.desk();
    }

    @AfterEach
    void close() {
        services.close();
    }

    static DeskDraft guide(String title, String body) {
        return new DeskDraft("guide", title, "zh", "markdown", body, List.of("vn", "KH"), List.of("trademark"),
                List.of("electronics"), null);
    }

    static CaseRecord record() {
        return new CaseRecord("court", "Singapore High Court", "[2026] SGHC 12",
                List.of(new CaseRecord.Party("plaintiff", "某电子公司"), new CaseRecord.Party("defendant", "Lion Trading Pte Ltd")),
                "商标侵权", LocalDate.of(2025, 3, 10), LocalDate.of(2026, 5, 20), "法院认定侵权成立，判令停止销售。",
                new CaseRecord.Money("damages", new BigDecimal("120000.50"), "SGD"), "出口前先在新加坡注册商标。",
                List.of(new CaseRecord.SourceLink("判决书", "https://www.elitigation.sg/gd/s/2026_SGHC_12")));
    }

    List<String> search(String q) {
        return services.search().search(SearchRequest.of(q)).hits().stream().map(h -> h.id()).toList();
    }

    @Test
    void createKeepsMarkdownRendersSafeHtmlAndNormalisesTags() {
        DeskDocument d = desk.create(LI, guide("  越南商标注册指南 ", "## 步骤\n\n先检索，再申请。<script>alert(1)</script>"));
        assertTrue(d.id().matches("desk-[0-9a-f]{16}"), d.id());
        assertEquals("draft", d.status());
        assertEquals(1, d.version());
        assertEquals("li", d.author());
        assertEquals("越南商标注册指南", d.title());
        assertEquals("<h2>步骤</h2>\n<p>先检索，再申请。&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", d.bodyHtml());
        assertEquals("步骤\n\n先检索，再申请。<script>alert(1)</script>", d.text());
        assertEquals(List.of("VN", "KH"), d.countries());
        assertEquals(Instant.parse("2026-07-01T02:00:00Z"), d.created());
        assertEquals(d, desk.get(LI, d.id()), "what was returned is what was stored");
        assertEquals(List.of(), search("越南商标注册指南"), "a draft is not searchable");
    }

    @Test
    void htmlIsSanitisedOnSave() {
        DeskDocument d = desk.create(LI, new DeskDraft("law", "Note", "en", "html",
                "<p onclick=\"x()\">Law <a href=\"javascript:alert(1)\">here</a></p><script>alert(2)</script>",
                List.of(), List.of(), List.of(), null));
        assertEquals("<p>Law <a rel=\"nofollow noopener noreferrer\">here</a></p>", d.body());
        assertEquals(d.body(), d.bodyHtml());
        assertEquals("Law here", d.text());
    }

    @Test
    void staleSaveIsRefusedAndChangesNothing() {
        DeskDocument d = desk.create(LI, guide("指南", "第一版"));
        DeskDocument v2 = desk.save(LI, d.id(), 1, guide("指南", "第二版"));
        assertEquals(2, v2.version());
        DeskException e = assertThrows(DeskException.class, () -> desk.save(LI, d.id(), 1, guide("指南", "另一人的版本")));
        assertEquals(DeskException.Reason.STALE, e.reason());
        assertEquals("stale", e.code());
        assertEquals(2L, e.currentVersion());
        assertEquals("the document \"" + d.id() + "\" was changed by someone else since you opened it (you edited"
                + " version 1, it is now at version 2); reload it and apply your changes again", e.getMessage());
        assertEquals("第二版", desk.get(LI, d.id()).text());
    }

    @Test
    void publishPutsItInSearchAtOnceAndWithdrawTakesItOut() {
        DeskDocument d = desk.create(LI, guide("柬埔寨商标注册指南", "柬埔寨知识产权局已开放在线申请。"));
        clock.advance(Duration.ofHours(1));
        DeskDocument p = desk.publish(LI, d.id(), 1L);
        assertEquals("published", p.status());
        assertEquals(2, p.version());
        assertEquals(Instant.parse("2026-07-01T03:00:00Z"), p.published());
        assertEquals(List.of(d.id()), search("柬埔寨"));
        Article a = services.documents().get(d.id()).orElseThrow();
        assertEquals("desk", a.source());
        assertEquals("guide", a.kind());
        assertEquals(List.of("trademark"), a.ipTypes());
        assertEquals(List.of("electronics"), a.industries());
        assertNull(a.url());

        clock.advance(Duration.ofHours(1));
        DeskDocument edited = desk.save(LI, d.id(), 2, guide("柬埔寨商标注册新规", "柬埔寨知识产权局已开放在线申请。"));
        assertEquals("published", edited.status());
        assertEquals("柬埔寨商标注册新规", services.search().search(SearchRequest.of("柬埔寨")).hits().getFirst().title(),
                "saving a published document updates search at once");

        DeskDocument w = desk.withdraw(LI, d.id(), 3L);
        assertEquals("withdrawn", w.status());
        assertEquals(List.of(), search("柬埔寨"));
        assertTrue(services.documents().get(d.id()).isEmpty());

        clock.advance(Duration.ofDays(3));
        DeskDocument again = desk.publish(LI, d.id(), 4L);
        assertEquals(Instant.parse("2026-07-01T03:00:00Z"), again.published(), "first publication date kept");
        assertEquals(List.of(d.id()), search("柬埔寨"));
    }

    @Test
    void onlyTheAuthorChangesADocumentAndOnlyEditorsSeeTheDesk() {
        DeskDocument d = desk.create(LI, guide("指南", "正文"));
        DeskException other = assertThrows(DeskException.class, () -> desk.save(WANG, d.id(), 1, guide("x", "y")));
        assertEquals(DeskException.Reason.FORBIDDEN, other.reason());
        assertEquals("only the author of \"" + d.id() + "\" (li) may change it", other.getMessage());
        assertEquals(DeskException.Reason.FORBIDDEN,
                assertThrows(DeskException.class, () -> desk.create(CONSULTANT, guide("x", "y"))).reason());
        assertEquals(DeskException.Reason.NOT_FOUND,
                assertThrows(DeskException.class, () -> desk.get(CONSULTANT, d.id())).reason());
        assertEquals(DeskException.Reason.NOT_FOUND,
                assertThrows(DeskException.class, () -> desk.get(null, d.id())).reason());
        assertEquals(d.id(), desk.get(WANG, d.id()).id(), "colleagues may read drafts");
    }

    @Test
    void caseRecordIsStoredAndRenderedIntoTheSearchableText() {
        DeskDraft draft = new DeskDraft("case", "新加坡商标侵权案", "zh", "markdown", "某电子企业在新加坡起诉侵权人。",
                List.of("SG"), List.of("trademark"), List.of("electronics"), record());
        DeskDocument d = desk.create(LI, draft);
        assertEquals(record(), desk.get(LI, d.id()).caseRecord());
        assertEquals("""
                某电子企业在新加坡起诉侵权人。

                案件信息
                受理机构：法院 · Singapore High Court
                案号：[2026] SGHC 12
                当事人：原告 某电子公司；被告 Lion Trading Pte Ltd
                案由：商标侵权
                立案日期：2025-03-10
                结案日期：2026-05-20
                结果：法院认定侵权成立，判令停止销售。
                判赔：120,000.5 SGD
                对出口企业的启示：出口前先在新加坡注册商标。
                来源：判决书 https://www.elitigation.sg/gd/s/2026_SGHC_12""", d.text());
        desk.publish(LI, d.id(), null);
        assertEquals(List.of(d.id()), search("Lion Trading"));
    }

    @Test
    void badInputNamesTheField() {
        record Bad(DeskDraft draft, String code, String message) {}
        CaseRecord r = record();
        List<Bad> cases = List.of(
                new Bad(new DeskDraft("blog", "t", "zh", "markdown", "b", null, null, null, null), "invalid_kind",
                        "kind must be one of: guide, law, case (got \"blog\")"),
                new Bad(new DeskDraft("guide", " ", "zh", "markdown", "b", null, null, null, null), "invalid_title",
                        "title must not be empty"),
                new Bad(new DeskDraft("guide", "t", "chinese", "markdown", "b", null, null, null, null),
                        "invalid_lang", "lang must be an ISO 639-1 code such as zh or en (got \"chinese\")"),
                new Bad(new DeskDraft("guide", "t", "zh", "rtf", "b", null, null, null, null), "invalid_format",
                        "format must be one of: markdown, html (got \"rtf\")"),
                new Bad(new DeskDraft("guide", "t", "zh", "markdown", "b", List.of("XX"), null, null, null),
                        "invalid_countries",
                        "countries must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO (got \"XX\")"),
                new Bad(new DeskDraft("guide", "t", "zh", "markdown", "b", null, List.of("brand"), null, null),
                        "invalid_ipTypes", "ipTypes must be one of: patent, design, trademark, copyright, trade_secret,"
                        + " geographical_indication, unfair_competition, customs (got \"brand\")"),
                new Bad(new DeskDraft("guide", "t", "zh", "markdown", "x".repeat(Markup.MAX_CHARS + 1), null, null,
                        null, null), "too_large", "body is 524289 characters; at most 524288 are accepted"),
                new Bad(new DeskDraft("case", "t", "zh", "markdown", "b", null, null, null, null), "invalid_case",
                        "a case needs its case record (forum, parties, cause, outcome, lessons, sources)"),
                new Bad(new DeskDraft("guide", "t", "zh", "markdown", "b", null, null, null, r), "invalid_case",
                        "only a document of kind case has a case record (this is a guide)"),
                new Bad(caseWith(new CaseRecord("police", "", "", List.of(), "c", null, null, "", null, "",
                        List.of())), "invalid_case_forum", "case.forum must be one of: court, ip_office, customs,"
                        + " ecommerce_platform, exhibition (got \"police\")"),
                new Bad(caseWith(new CaseRecord("court", "", "", List.of(new CaseRecord.Party("judge", "x")), "c",
                        null, null, "", null, "", List.of())), "invalid_case_parties", "case.parties[0].role must be"
                        + " one of: plaintiff, defendant, applicant, respondent, rights_holder, accused, other (got"
                        + " \"judge\")"),
                new Bad(caseWith(new CaseRecord("court", "", "", List.of(), "c", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 1, 1), "", null, "", List.of())), "invalid_case_decided",
                        "case.decided (2026-01-01) must not be before case.filed (2026-02-01)"),
                new Bad(caseWith(new CaseRecord("court", "", "", List.of(), "c", null, null, "",
                        new CaseRecord.Money("damages", new BigDecimal("10"), "RMB"), "", List.of())),
                        "invalid_case_money", "case.money.currency must be an ISO 4217 code such as USD, CNY or VND"
                        + " (got \"RMB\")"),
                new Bad(caseWith(new CaseRecord("court", "", "", List.of(), "c", null, null, "",
                        new CaseRecord.Money("damages", new BigDecimal("-1"), "USD"), "", List.of())),
                        "invalid_case_money", "case.money.amount must be a non-negative amount with at most 2"
                        + " decimals (got -1)"),
                new Bad(caseWith(new CaseRecord("court", "", "", List.of(), "c", null, null, "", null, "",
                        List.of(new CaseRecord.SourceLink("x", "javascript:alert(1)")))), "invalid_case_sources",
                        "case.sources[0].url must be an http or https address (got \"javascript:alert(1)\")"));
        for (Bad b : cases) {
            DeskException e = assertThrows(DeskException.class, () -> desk.create(LI, b.draft()), b.code());
            assertEquals(DeskException.Reason.INVALID, e.reason(), b.code());
            assertEquals(b.code(), e.code());
            assertEquals(b.message(), e.getMessage());
        }
        assertEquals(List.of(), desk.list(LI, null), "nothing was stored");
    }

    static DeskDraft caseWith(CaseRecord r) {
        return new DeskDraft("case", "t", "zh", "markdown", "b", null, null, null, r);
    }

    @Test
    void listShowsNewestChangesFirstAndFiltersByStatus() {
        DeskDocument a = desk.create(LI, guide("甲", "正文"));
        clock.advance(Duration.ofMinutes(1));
        DeskDocument b = desk.create(WANG, guide("乙", "正文"));
        clock.advance(Duration.ofMinutes(1));
        desk.publish(LI, a.id(), null);
        assertEquals(List.of(a.id(), b.id()), desk.list(WANG, null).stream().map(DeskDocument::id).toList());
        assertEquals(List.of(b.id()), desk.list(WANG, "draft").stream().map(DeskDocument::id).toList());
        assertFalse(desk.list(LI, "published").isEmpty());
        assertEquals("invalid_status",
                assertThrows(DeskException.class, () -> desk.list(LI, "gone")).code());
    }
}
