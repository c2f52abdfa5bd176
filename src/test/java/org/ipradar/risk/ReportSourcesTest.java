package org.ipradar.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.testing.Articles;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSourcesTest {
    @TempDir
    static Path dir;

    static Services services;

    @BeforeAll
    static void index() {
        services = TestServices.open(dir);
        services.writer().write(List.of(
                Articles.of("law1", "越南知识产权法修订", "越南国会通过知识产权法修正案。", "s", "zh", "law", List.of("VN"),
                        "2026-06-01T00:00:00Z").withTags(List.of("VN"), List.of("patent"), List.of(), "law"),
                Articles.of("law2", "Thai patent act amended", "Thailand amends its patent act.", "s", "en", "law",
                        List.of("TH"), "2026-07-01T00:00:00Z").withTags(List.of("TH"), List.of("patent"), List.of(),
                        "law"),
                Articles.of("law3", "Vietnam trademark decree", "A new decree on trademarks in Vietnam.", "s", "en",
                        "law", List.of("VN"), "2026-08-01T00:00:00Z").withTags(List.of("VN"), List.of("trademark"),
                        List.of(), "law"),
                Articles.of("case1", "越南锂电池隔膜专利纠纷", "一家企业的锂电池隔膜在越南被诉侵犯陶瓷涂层专利。", "s", "zh", "case",
                        List.of("VN"), "2026-03-12T00:00:00Z").withTags(List.of("VN"), List.of("patent"), List.of(),
                        "case"),
                Articles.of("case2", "越南服装商标抢注案", "服装品牌在越南被抢注。", "s", "zh", "case", List.of("VN"),
                        "2026-05-01T00:00:00Z").withTags(List.of("VN"), List.of("trademark"), List.of(), "case"),
                Articles.of("case3", "泰国隔膜专利案", "泰国法院审理锂电池隔膜专利案。", "s", "zh", "case", List.of("TH"),
                        "2026-04-01T00:00:00Z").withTags(List.of("TH"), List.of("patent"), List.of(), "case")));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void lawNewsOfTheMarketsNewestFirst() {
        ReportSources sources = new ReportSources(services.search());
        assertEquals(List.of("law3", "law1"),
                sources.lawNews(List.of("VN")).stream().map(Citation::documentId).toList());
        Citation first = sources.lawNews(List.of("VN")).getFirst();
        assertEquals("2026-08-01", first.date());
        assertEquals("Vietnam trademark decree", first.title());
    }

    @Test
    void casesNearTheProductFirstThenTheMarketsOtherCases() {
        ReportSources sources = new ReportSources(services.search());
        assertEquals(List.of("case1", "case2"), sources.cases(List.of("VN"), "锂电池隔膜", List.of("陶瓷涂层"))
                .stream().map(Citation::documentId).toList());
        assertEquals(List.of("case3"), sources.cases(List.of("TH"), "", List.of()).stream()
                .map(Citation::documentId).toList());
    }
}
