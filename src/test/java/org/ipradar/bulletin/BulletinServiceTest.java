package org.ipradar.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ipradar.Services;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskDraft;
import org.ipradar.desk.DeskException;
import org.ipradar.search.SearchRequest;
import org.ipradar.testing.DeskFixtures;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

class BulletinServiceTest {
    static final Actor LI = Actor.editor("li");
    static final Actor ADMIN = new Actor("root", Set.of("admin"));

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-08-10T04:00:00Z"));
    Services services;
    BulletinService bulletins;

    @BeforeEach
    void open() {
        services = Services.open(TestServices.settings(dir), List.of(), n -> {}, clock);
        bulletins = services.bulletins();
        services.writer().write(DeskFixtures.twoQuarters());
    }

    @AfterEach
    void close() {
        services.close();
    }

    static List<String> ids(Bulletin b) {
        return b.items().stream().map(BulletinItem::documentId).toList();
    }

    static DeskException refused(DeskException.Reason reason, String code, Executable call) {
        DeskException e = assertThrows(DeskException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    List<String> search(String q) {
        return services.search().search(SearchRequest.of(q)).hits().stream().map(h -> h.id()).toList();
    }

    @Test
    void proposeStoresADraftOfTheQuartersBestDocuments() {
        Bulletin b = bulletins.propose(LI, "2026Q3", null);
        assertEquals(1, b.id());
        assertEquals("2026Q3", b.quarter());
        assertEquals("draft", b.status());
        assertEquals(1, b.version());
        assertEquals("海外知识产权信息季度简报（2026年第三季度）", b.title());
        assertEquals("本期简报精选2026年第三季度海外知识产权信息 8 篇，涉及越南、泰国、印度尼西亚、美国、新加坡等国家和地区，"
                + "涵盖商标、专利等领域，供出口企业参考。", b.intro());
        assertEquals(List.of("a1", "a3", "a5", "a8", "a6", "a10", "a7", "a4"), ids(b));
        BulletinItem first = b.items().getFirst();
        assertEquals(new BulletinItem("a1", "title a1", "https://example.org/a1", "src", "zh", "case", List.of("VN"),
                List.of("trademark"), Instant.parse("2026-07-10T00:00:00Z"), "text a1"), first);
        assertEquals(9, b.candidates());
        assertEquals(List.of(), BulletinService.problems(b));
        assertEquals(b, bulletins.get(LI, 1), "what was returned is what was stored");
        assertEquals(List.of("a1", "a3"), ids(bulletins.propose(LI, "2026q3", 2)));
    }

    @Test
    void aQuarterWithTooFewDocumentsGivesADraftThatSaysWhyItCannotBePublished() {
        Bulletin b = bulletins.propose(LI, "2026Q1", null);
        assertEquals(List.of("q1"), ids(b));
        assertEquals(1, b.candidates());
        assertEquals(List.of(
                new BulletinService.Problem("too_few_items", "一期简报至少需要 2 篇文章才能发布，本期只有 1 篇。"
                        + " A bulletin needs at least 2 articles to be published; this one has 1."),
                new BulletinService.Problem("few_candidates", "2026年第一季度（2026-01-01 至 2026-03-31）只发布了 1"
                        + " 篇候选文档：请在编辑台撰写指南、法律政策或案例，或添加其他季度的文章。 Only 1 candidate document"
                        + " was published in 2026Q1 (2026-01-01 to 2026-03-31, Asia/Shanghai): write guides, law notes"
                        + " or cases on the desk, or add articles from other quarters.")),
                BulletinService.problems(b));
        DeskException e = refused(DeskException.Reason.CONFLICT, "too_few_items", () -> bulletins.publish(LI, b.id(), 1L));
        assertEquals(BulletinService.problems(b).getFirst().message(), e.getMessage());
        assertEquals("draft", bulletins.get(LI, b.id()).status(), "nothing changed");

        Bulletin two = bulletins.save(LI, b.id(), 1, new BulletinEdit(null, null, List.of(
                new BulletinEdit.Item("q1", null), new BulletinEdit.Item("a3", "泰国海关案例。"))));
        assertEquals(List.of(), BulletinService.problems(two), "an article from another quarter makes it publishable");
        assertEquals("published", bulletins.publish(LI, b.id(), 2L).status());
    }

    @Test
    void editorsReorderRemoveAddAndRewrite() {
        Bulletin b = bulletins.propose(LI, "2026Q3", 3);
        clock.advance(Duration.ofMinutes(5));
        Bulletin e = bulletins.save(Actor.editor("wang"), b.id(), 1, new BulletinEdit(" 2026年三季度简报 ", "## 导语\n\n本期重点：越南。",
                List.of(new BulletinEdit.Item("a3", null), new BulletinEdit.Item("a1", "越南商标案，请注意。"),
                        new BulletinEdit.Item("q1", null))));
        assertEquals(2, e.version());
        assertEquals("2026年三季度简报", e.title());
        assertEquals("## 导语\n\n本期重点：越南。", e.intro());
        assertEquals(List.of("a3", "a1", "q1"), ids(e));
        assertEquals(List.of("text a3", "越南商标案，请注意。", "菲律宾知识产权局公布了新的异议程序。"),
                e.items().stream().map(BulletinItem::summary).toList());
        assertEquals("wang", e.updatedBy());
        assertEquals(Instant.parse("2026-08-10T04:05:00Z"), e.updated());
        assertEquals(e, bulletins.get(LI, b.id()));

        DeskException stale = refused(DeskException.Reason.STALE, "stale",
                () -> bulletins.save(LI, b.id(), 1, new BulletinEdit("x", null, null)));
        assertEquals(2L, stale.currentVersion());
        refused(DeskException.Reason.INVALID, "unknown_document", () -> bulletins.save(LI, b.id(), 2,
                new BulletinEdit(null, null, List.of(new BulletinEdit.Item("nope", null)))));
        refused(DeskException.Reason.INVALID, "duplicate_item", () -> bulletins.save(LI, b.id(), 2,
                new BulletinEdit(null, null, List.of(new BulletinEdit.Item("a1", null), new BulletinEdit.Item("a1", null)))));
        refused(DeskException.Reason.INVALID, "invalid_title", () -> bulletins.save(LI, b.id(), 2,
                new BulletinEdit(" ", null, null)));
        refused(DeskException.Reason.FORBIDDEN, "editor_only", () -> bulletins.save(ADMIN, b.id(), 2,
                new BulletinEdit("x", null, null)));
        assertEquals(e, bulletins.get(LI, b.id()), "no refused save changed anything");
    }

    @Test
    void publishAndWithdrawMoveTheBulletinInAndOutOfSearchAtOnce() {
        Bulletin b = bulletins.propose(LI, "2026Q3", 4);
        refused(DeskException.Reason.NOT_FOUND, "not_found", () -> bulletins.get(null, b.id()));
        assertEquals(List.of(), bulletins.list(null));
        clock.advance(Duration.ofHours(1));

        Bulletin p = bulletins.publish(LI, b.id(), 1L);
        assertEquals("published", p.status());
        assertEquals(2, p.version());
        assertEquals(Instant.parse("2026-08-10T05:00:00Z"), p.published());
        assertEquals("li", p.publishedBy());
        assertEquals(p, bulletins.get(null, b.id()), "anyone reads a published bulletin");
        assertEquals(List.of(p), bulletins.list(null));
        assertEquals(List.of("bulletin-1"), search("海外知识产权信息季度简报"));
        var doc = services.documents().get("bulletin-1").orElseThrow();
        assertEquals("bulletin", doc.kind());
        assertEquals(List.of("VN", "TH", "ID"), doc.countries());
        assertEquals("本期简报精选2026年第三季度海外知识产权信息 4 篇，涉及越南、泰国、印度尼西亚国家和地区，涵盖商标、专利等领域，"
                + "供出口企业参考。\n\n1. title a1\ntext a1\n\n2. title a3\ntext a3\n\n3. title a5\ntext a5\n\n4. title a8\n"
                + "text a8", doc.text());

        refused(DeskException.Reason.CONFLICT, "published_read_only",
                () -> bulletins.save(LI, b.id(), 2, new BulletinEdit("x", null, null)));
        refused(DeskException.Reason.CONFLICT, "already_published", () -> bulletins.publish(LI, b.id(), null));
        refused(DeskException.Reason.STALE, "stale", () -> bulletins.withdraw(LI, b.id(), 1L));

        Bulletin w = bulletins.withdraw(LI, b.id(), 2L);
        assertEquals("withdrawn", w.status());
        assertEquals(List.of(), search("海外知识产权信息季度简报"));
        refused(DeskException.Reason.NOT_FOUND, "not_found", () -> bulletins.get(null, b.id()));
        assertEquals(List.of(), bulletins.list(null));
        assertEquals(List.of(w), bulletins.list(LI), "editors still see it");

        Bulletin again = bulletins.save(LI, b.id(), 3, new BulletinEdit("更正后的简报", null, null));
        assertEquals("published", bulletins.publish(LI, b.id(), again.version()).status());
        assertEquals(List.of("bulletin-1"), search("更正后的简报"));
    }

    @Test
    void aWithdrawnArticleBlocksPublicationUntilRemoved() {
        DeskDocument d = services.desk().create(LI, new DeskDraft("guide", "越南海关备案指南", "zh", "markdown",
                "向越南海关备案商标。", List.of("VN"), List.of("customs"), List.of(), null));
        services.desk().publish(LI, d.id(), null);
        Bulletin b = bulletins.propose(LI, "2026Q3", 2);
        Bulletin e = bulletins.save(LI, b.id(), 1, new BulletinEdit(null, null, List.of(
                new BulletinEdit.Item("a1", null), new BulletinEdit.Item(d.id(), null))));
        services.desk().withdraw(LI, d.id(), null);
        DeskException x = refused(DeskException.Reason.CONFLICT, "withdrawn_item", () -> bulletins.publish(LI, b.id(),
                e.version()));
        assertEquals("第 2 篇文章“越南海关备案指南”已撤回，请先移除。 The article \"越南海关备案指南\" (" + d.id()
                + ") has been withdrawn; remove it first.", x.getMessage());
        assertNull(bulletins.get(LI, b.id()).published());
    }

    @Test
    void coverageCountsArticlesPerQuarterAndFlagsTheShortOnes() {
        Bulletin b = bulletins.propose(LI, "2026Q3", 3);
        bulletins.publish(LI, b.id(), null);
        bulletins.propose(LI, "2026Q3", 2);
        Coverage c = bulletins.coverage(LI, 2026);
        assertEquals(LocalDate.of(2026, 8, 10), c.today());
        assertEquals(2, c.minimumArticles());
        assertEquals(4, c.fewCandidates());
        assertEquals(List.of(
                new Coverage.Row("2026Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "past", null, 0, 0, 0, 1,
                        List.of("below_minimum", "few_candidates")),
                new Coverage.Row("2026Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "past", null, 0, 0, 0, 0,
                        List.of("below_minimum", "few_candidates")),
                new Coverage.Row("2026Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "current", 52, 1, 1, 3, 9,
                        List.of()),
                new Coverage.Row("2026Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), "upcoming", null, 0, 0,
                        0, 0, List.of())), c.quarters());
        refused(DeskException.Reason.INVALID, "invalid_year", () -> bulletins.coverage(LI, 1999));
        refused(DeskException.Reason.FORBIDDEN, "editor_only", () -> bulletins.coverage(null, 2026));
    }

    @Test
    void aBadQuarterOrSizeIsRefusedNamingIt() {
        assertEquals("quarter must look like 2026Q3: a year, Q and 1 to 4 (got \"2026-Q3\")", refused(
                DeskException.Reason.INVALID, "invalid_quarter", () -> bulletins.propose(LI, "2026-Q3", null)).getMessage());
        assertEquals("size must be from 1 to 30 (got 31)", refused(DeskException.Reason.INVALID, "invalid_size",
                () -> bulletins.propose(LI, "2026Q3", 31)).getMessage());
    }
}
