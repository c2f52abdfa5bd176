package org.ipradar.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkupTest {
    // The shapes of RELIABILITY B20, each of which must come out inert.
    static final String[] HOSTILE = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"ja&Tab;vascript:alert(1)\">x</a>",
        "<a href=\"java\u0000script:alert(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<object data=\"x\"></object>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
    };

    @Test
    void hostileHtmlIsReducedToTextAndSafeLinks() {
        for (String h : HOSTILE) {
            String clean = Markup.sanitize(h);
            String lower = clean.toLowerCase(java.util.Locale.ROOT);
            for (String bad : List.of("<script", "onerror", "onload", "onclick", "javascript:", "<iframe", "<object",
                    "<base", "<meta", "<img", "<svg", "<style", "style=", "data:")) {
                assertFalse(lower.contains(bad), h + " gave " + clean);
            }
            assertEquals(clean, Markup.sanitize(clean), "sanitising is idempotent for " + h);
        }
    }

    @Test
    void safeMarkupIsKeptAndLinksGetRel() {
        assertEquals("<h2>标题</h2><p>文字 <strong>加粗</strong> <a href=\"https://example.org/a\" rel=\"nofollow noopener"
                + " noreferrer\">链接</a></p><ul><li>一</li></ul>",
                Markup.sanitize("<h2>标题</h2><p>文字 <strong>加粗</strong> <a href=\"https://example.org/a\">链接</a></p>"
                        + "<ul><li>一</li></ul>"));
    }

    @Test
    void markdownRendersWithRawHtmlShownAsText() {
        assertEquals("<h2>标题</h2>\n<p>文字 &lt;script&gt;alert(1)&lt;/script&gt; <a href=\"https://example.org\""
                + " rel=\"nofollow noopener noreferrer\">链接</a> <a rel=\"nofollow noopener noreferrer\">x</a></p>\n"
                + "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n",
                Markup.markdownToHtml("## 标题\n\n文字 <script>alert(1)</script> [链接](https://example.org)"
                        + " [x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html"})
    void paragraphsArePlainText(String format) {
        String body = format.equals("markdown") ? "# 一\n\n第二段 **粗**\n\n- 甲\n- 乙"
                : "<h1>一</h1><p>第二段 <b>粗</b></p><ul><li>甲</li><li>乙</li></ul>";
        assertEquals(List.of("一", "第二段 粗", "甲", "乙"), Markup.paragraphs(Markup.Format.parse(format), body));
    }
}
