package org.ipradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleExtractorTest {
    private static final ArticleExtractor UTC = new ArticleExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/fixtures/extract/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void englishNewsPageLosesNavigationShareBarCaptionSidebarAndComments() throws IOException {
        ExtractedArticle a = UTC.extract(fixture("en-news-furniture.html"), "https://news.example.org/a/1", null);
        assertEquals("Singapore court upholds patent on battery separator", a.title());
        assertEquals(Instant.parse("2026-03-12T01:30:00Z"), a.published());
        assertEquals("en-SG", a.lang());
        assertEquals(List.of(), a.warnings());
        assertEquals("""
                The High Court of Singapore has upheld a patent on a ceramic-coated battery separator, rejecting a \
                challenge by a local manufacturer that argued the invention lacked an inventive step.

                Justice Tan said the claimed coating process, which bonds alumina particles to a polyolefin film at \
                low temperature, was not obvious to a skilled person in 2019, when the application was filed with \
                the Intellectual Property Office of Singapore.

                The manufacturer had relied on two earlier publications, a Korean patent and a conference paper, but \
                the court found that neither disclosed the temperature range that made the coating stable.

                What the ruling means

                Lawyers said the decision gives patent owners in new materials more confidence that Singapore courts \
                will weigh the technical details of a claim, rather than treat combinations of known steps as \
                obvious.

                The manufacturer may appeal to the Court of Appeal within 28 days.""", a.text());
        for (String junk : List.of("cookies", "Trademarks", "Home", "Facebook", "Photo:", "Advertisement",
            "Read more", "Tags:", "covers intellectual property", "reader42", "Most read", "inbox", "Related stories",
            "All rights reserved", "By Mei Lin Lim")) {
            assertFalse(a.text().contains(junk), junk);
        }
    }

    @Test
    void chineseGovernmentNoticeKeepsItsParagraphsAndReadsTheDateUnderTheTitle() throws IOException {
        ArticleExtractor shanghai = new ArticleExtractor(ZoneId.of("Asia/Shanghai"), DayMonthOrder.DMY);
        ExtractedArticle a = shanghai.extract(fixture("zh-gov-notice.html"), "http://ipa.example.cn/tzgg/5.html",
                ArticleSelectors.NONE);
        assertEquals("关于开展2026年度专利转化专项计划的通知", a.title());
        assertEquals(Instant.parse("2026-03-12T06:30:00Z"), a.published(), "14:30 in Beijing time");
        assertNull(a.lang());
        assertEquals("""
                各区知识产权局，各有关单位：

                为贯彻落实国家专利转化运用专项行动部署，推动高校和科研机构的存量专利向中小企业转移转化，现就开展2026年度专利转化专项计划有关事项通知如下。

                一、支持对象。在本市注册、具有独立法人资格的中小企业，以及与企业签订专利许可或转让合同的高校、科研机构。

                二、支持方式。对通过许可、转让方式实施专利转化的项目，按照合同实际支付金额的30%给予补助，单个项目最高不超过50万元。

                三、申报时间。2026年4月1日至4月30日，逾期不予受理。
                四、联系方式。联系人：王女士，电话：010-12345678。""", a.text());
        for (String junk : List.of("首页", "通知公告", "当前位置", "发布时间", "浏览次数", "打印本页", "关闭窗口",
            "版权所有", "备案号", "示范企业名单")) {
            assertFalse(a.text().contains(junk), junk);
        }
    }

    @Test
    void selectorsThatNoLongerMatchFallBackToTheGeneralExtractorAndSaySo() throws IOException {
        ArticleExtractor hanoi = new ArticleExtractor(ZoneId.of("Asia/Ho_Chi_Minh"), DayMonthOrder.DMY);
        ExtractedArticle a = hanoi.extract(fixture("selector-redesigned.html"), "https://tin.example.vn/1",
                new ArticleSelectors("h1.post-title", "div.article-content", "span.post-date"));
        assertEquals(List.of(
                "title selector \"h1.post-title\" no longer matches; used the general extractor",
                "body selector \"div.article-content\" no longer matches; used the general extractor",
                "date selector \"span.post-date\" no longer matches; used the general extractor"), a.warnings());
        assertEquals("Cục Sở hữu trí tuệ cảnh báo hàng giả nhãn hiệu", a.title());
        assertEquals(Instant.parse("2026-03-11T17:00:00Z"), a.published(), "12 March 2026 in Hanoi");
        assertEquals("vi", a.lang());
        assertTrue(a.text().startsWith("Cục Sở hữu trí tuệ vừa khuyến cáo doanh nghiệp"), a.text());
        assertTrue(a.text().endsWith("để được bảo hộ tại nhiều nước cùng lúc."), a.text());
        assertFalse(a.text().contains("Trang chủ"), a.text());
    }

    @Test
    void selectorsThatMatchAreUsedAsTheyAre() throws IOException {
        ArticleExtractor hanoi = new ArticleExtractor(ZoneId.of("Asia/Ho_Chi_Minh"), DayMonthOrder.DMY);
        ExtractedArticle a = hanoi.extract(fixture("selector-redesigned.html"), "https://tin.example.vn/1",
                new ArticleSelectors("div.story__meta", "section.story p", "div.story__meta"));
        assertEquals(List.of(), a.warnings());
        assertEquals("Hà Nội, ngày 12 tháng 3 năm 2026", a.title(), "whatever the title selector picks");
        assertEquals(Instant.parse("2026-03-11T17:00:00Z"), a.published());
        assertEquals("""
                Cục Sở hữu trí tuệ vừa khuyến cáo doanh nghiệp đăng ký nhãn hiệu sớm tại các thị trường xuất khẩu, \
                sau khi ghi nhận nhiều vụ hàng giả mạo nhãn hiệu Việt Nam ở nước ngoài.

                Theo Cục, trong năm 2025 có hơn 40 doanh nghiệp phản ánh việc nhãn hiệu của mình bị đăng ký trước bởi \
                bên thứ ba tại các nước ASEAN và Trung Quốc.

                Doanh nghiệp có thể nộp đơn quốc tế theo Nghị định thư Madrid để được bảo hộ tại nhiều nước cùng \
                lúc.""", a.text());
    }

    @Test
    void badSelectorsAreWarningsNotFailures() throws IOException {
        ExtractedArticle a = UTC.extract(fixture("selector-redesigned.html"), "https://tin.example.vn/1",
                new ArticleSelectors(null, "div[", "h1"));
        assertEquals(2, a.warnings().size(), a.warnings().toString());
        assertTrue(a.warnings().get(0).startsWith("body selector \"div[\" is not valid CSS ("), a.warnings().get(0));
        assertEquals("date selector \"h1\" matched \"Cục Sở hữu trí tuệ cảnh báo hàng giả nhãn hiệu\", which holds no"
                + " readable date; used the general extractor", a.warnings().get(1));
        assertEquals(Instant.parse("2026-03-12T00:00:00Z"), a.published(), "the general extractor's date");
        assertTrue(a.text().startsWith("Cục Sở hữu trí tuệ vừa khuyến cáo"), a.text());
    }

    @Test
    void leavesThePageItIsGivenUntouched() throws IOException {
        Document page = Jsoup.parse(fixture("en-news-furniture.html"), "https://news.example.org/a/1");
        String before = page.outerHtml();
        UTC.extract(page);
        assertEquals(before, page.outerHtml());
    }

    @Test
    void emptyPageGivesEmptyFieldsAndAWarning() {
        ExtractedArticle a = UTC.extract("", "https://example.org/", ArticleSelectors.NONE);
        assertEquals(new ExtractedArticle("", "", null, null, List.of("no main text found")), a);
    }

    @Test
    void datesFromJsonLdWinOverMetaAndText() {
        String html = """
                <html><head><title>T</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example"},
                  {"@type":"NewsArticle","headline":"Trademark squatting case settled","datePublished":"2026-01-05T08:00:00+07:00"}]}
                </script>
                <meta name="pubdate" content="2026-01-06"></head>
                <body><h1>Trademark squatting case settled</h1><p>Posted 7 January 2026</p>
                <p>The parties settled the dispute over the mark after mediation at the IP office.</p></body></html>""";
        ExtractedArticle a = UTC.extract(html, "https://example.org/", ArticleSelectors.NONE);
        assertEquals(Instant.parse("2026-01-05T01:00:00Z"), a.published());
        assertEquals("Trademark squatting case settled", a.title());
    }

    @Test
    void pageDrawnByScriptFallsBackToTheJsonLdArticleBody() {
        String body = "The Intellectual Property Office of the Philippines opened an online mediation service for"
                + " trademark disputes on Monday.\\n\\nParties can now file a request, agree on a mediator and hold"
                + " hearings by video, which the office says will cut the time to settle a dispute from months to"
                + " weeks.\\n\\nThe service is free for small businesses during its first year, and the office will"
                + " publish a report on its use in 2027.";
        String html = "<html><head><title>IPOPHL opens online mediation</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"IPOPHL opens online mediation\",\"articleBody\":\""
                + body + "\"}</script></head><body><div id=\"app\"><nav><a href=\"/\">Home</a></nav>"
                + "<p>Loading the article, please wait.</p></div></body></html>";
        ExtractedArticle a = UTC.extract(html, "https://news.example.ph/1", null);
        assertEquals(body.replace("\\n", "\n"), a.text());
    }

    // the title comes from og:title or <title>, cut at the site's name, or from the heading the title contains
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            <title>Vietnam grants first GI for coffee - Example News</title> => Vietnam grants first GI for coffee
            <title>Example News | Vietnam grants first GI for coffee</title> => Vietnam grants first GI for coffee
            <title>中国人习以为常的地方 为何老外却说“了不得”？|公园_新浪新闻</title> => 中国人习以为常的地方 为何老外却说“了不得”？
            <title>法国全国大罢工再次严重影响交通-新华网</title> => 法国全国大罢工再次严重影响交通
            <title>女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网</title> => 女儿出嫁，郑板桥画了几笔兰花当嫁妆
            <title>1-10月德清县固定资产投资结构趋稳趋优</title> => 1-10月德清县固定资产投资结构趋稳趋优
            <title>Ruling - Example</title><h1>Thai court rules on sound mark</h1><h1>Ruling</h1> => Ruling
            <title>Thai court rules on sound mark | Example</title><h1>Thai court rules on sound mark</h1> => Thai court rules on sound mark
            <meta property="og:title" content="Malaysia joins Hague system"><title>MyIPO</title> => Malaysia joins Hague system
            """)
    void titleDropsTheSiteName(String head, String expected) {
        ExtractedArticle a = UTC.extract("<html><head>" + head + "</head><body></body></html>", "", null);
        assertEquals(expected, a.title());
    }
}
