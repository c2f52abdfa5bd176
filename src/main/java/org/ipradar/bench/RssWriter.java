package org.ipradar.bench;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a generated feed as an RSS 2.0 document in UTF-8, each body as HTML paragraphs, as news sites publish. */
final class RssWriter {
    private RssWriter() {}

    /** The RSS 2.0 bytes of a feed and its documents. */
    static byte[] write(CorpusGenerator.Feed feed, List<CorpusGenerator.Doc> docs) {
        boolean zh = feed.lang().equals("zh");
        StringBuilder b = new StringBuilder(docs.size() * (zh ? 1600 : 3200) + 512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n");
        element(b, "title", (zh ? "基准测试资讯 " : "Benchmark news ") + feed.id());
        element(b, "link", "https://bench.example.org/");
        element(b, "description", zh ? "海外知识产权动态（生成的基准语料）" : "Overseas IP news (generated benchmark corpus)");
        element(b, "language", zh ? "zh-cn" : "en");
        for (CorpusGenerator.Doc d : docs) {
            b.append("<item>\n");
            element(b, "title", d.title());
            element(b, "link", d.link());
            b.append("<guid isPermaLink=\"false\">").append(escape(d.guid())).append("</guid>\n");
            element(b, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(d.published().atOffset(ZoneOffset.UTC)));
            b.append("<description><![CDATA[");
            for (String p : d.paragraphs()) {
                b.append("<p>").append(escape(p)).append("</p>");
            }
            b.append("]]></description>\n</item>\n");
        }
        b.append("</channel>\n</rss>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder b, String name, String text) {
        b.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    // Escapes for XML text and, inside CDATA, for HTML text: the same three characters matter to both.
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
