package org.ipradar.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # link                                                                  | canonical                                              | key
        HTTPS://Example.ORG:443/a/b?x=1#frag                                    | https://example.org/a/b?x=1                            | https://example.org/a/b?x=1
        http://example.org:80                                                   | http://example.org/                                    | https://example.org/
        http://example.org:8080/p                                               | http://example.org:8080/p                              | https://example.org:8080/p
        https://www.example.com/news/story/?utm_source=twitter&utm_medium=social&id=42 | https://www.example.com/news/story?id=42        | https://example.com/news/story?id=42
        https://example.com/a?fbclid=IwAR2&gclid=x&mc_cid=1&mc_eid=2&spm=a.b&from=timeline&share=1&ref=rss&_ga=2.1&yclid=5&igshid=9&UTM_Campaign=Z | https://example.com/a | https://example.com/a
        https://example.com/a?xtor=RSS-3208&CMP=share_btn_link                  | https://example.com/a                                  | https://example.com/a
        https://example.com/article?p=3&articleId=77&from=home                  | https://example.com/article?articleId=77&p=3           | https://example.com/article?articleId=77&p=3
        https://example.com/a?b=2&a=1&a=0                                       | https://example.com/a?a=1&a=0&b=2                      | https://example.com/a?a=1&a=0&b=2
        https://example.com/a?                                                  | https://example.com/a                                  | https://example.com/a
        https://example.com/a?x=a+b%20c                                         | https://example.com/a?x=a+b%20c                        | https://example.com/a?x=a+b%20c
        https://example.com//a//b//                                             | https://example.com/a/b                                | https://example.com/a/b
        https://example.com/%7euser/caf%c3%a9/%2f?q=%7e%41%2b                   | https://example.com/~user/caf%C3%A9/%2F?q=~A%2B        | https://example.com/~user/caf%C3%A9/%2F?q=~A%2B
        https://example.com/a%zz                                                | https://example.com/a%25zz                             | https://example.com/a%25zz
        https://例子.测试/路径                                                    | https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84     | https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84
        https://Bücher.example/                                                 | https://xn--bcher-kva.example/                         | https://xn--bcher-kva.example/
        https://example.com./x                                                  | https://example.com/x                                  | https://example.com/x
        https://user:pw@example.com/x                                           | https://example.com/x                                  | https://example.com/x
        https://[2001:DB8::1]:8443/x                                            | https://[2001:db8::1]:8443/x                           | https://[2001:db8::1]:8443/x
        https://example.com/#!/news/12                                          | https://example.com/#!/news/12                         | https://example.com/#!/news/12
        https://example.com/app#/news/12                                        | https://example.com/app#/news/12                       | https://example.com/app#/news/12
        https://www.example.com/news/index.html?utm_source=x                    | https://www.example.com/news/index.html                | https://example.com/news
        https://example.com/Default.aspx                                        | https://example.com/Default.aspx                       | https://example.com/
        http://m.example.com/a                                                  | http://m.example.com/a                                 | https://example.com/a
        https://m.tv/a                                                          | https://m.tv/a                                         | https://m.tv/a
        https://www.com/a                                                       | https://www.com/a                                      | https://www.com/a
        "  https://example.com/a  "                                             | https://example.com/a                                  | https://example.com/a
        ftp://example.com/x                                                     | ftp://example.com/x                                    | ftp://example.com/x
        not a url                                                               | not a url                                              | not a url
        """)
    void canonicalFormAndKey(String link, String canonical, String key) {
        assertEquals(canonical, UrlCanonicalizer.canonical(link), "canonical");
        assertEquals(key, UrlCanonicalizer.key(link), "key");
    }

    @Test
    void oneArticleUnderManyLinksHasOneKey() {
        String key = UrlCanonicalizer.key("https://www.example.com/news/2026/vietnam-trademarks");
        for (String link : new String[] {
            "http://www.example.com/news/2026/vietnam-trademarks",
            "https://example.com/news/2026/vietnam-trademarks/",
            "https://m.example.com/news/2026/vietnam-trademarks?utm_source=rss&utm_medium=feed",
            "https://WWW.EXAMPLE.COM:443/news/2026/vietnam-trademarks#comments",
            "https://www.example.com/news/2026/../2026/vietnam%2dtrademarks?fbclid=IwAR2",
        }) {
            assertEquals(key, UrlCanonicalizer.key(link), link);
        }
    }

    @Test
    void meaningfulParametersAndPathsKeepPagesApart() {
        String key = UrlCanonicalizer.key("https://example.com/article?id=41");
        assertNotEquals(key, UrlCanonicalizer.key("https://example.com/article?id=42"));
        assertNotEquals(key, UrlCanonicalizer.key("https://example.com/article?id=41&p=2"));
        assertNotEquals(key, UrlCanonicalizer.key("https://example.com/Article?id=41"), "paths are case-sensitive");
        assertNotEquals(key, UrlCanonicalizer.key("https://news.example.com/article?id=41"));
    }

    @Test
    void nullIsRejectedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UrlCanonicalizer.canonical(null));
        assertEquals("url must not be null", e.getMessage());
    }
}
