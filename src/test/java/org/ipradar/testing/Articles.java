package org.ipradar.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.ipradar.store.Article;
import org.ipradar.store.RawStore;

/** Hand-built articles for tests that need documents without crawling. */
public final class Articles {
    private Articles() {}

    /** An article with the given fields; the content hash follows the content so changes are noticed. */
    public static Article of(String id, String title, String text, String source, String lang, String kind,
            List<String> countries, String published) {
        Instant pub = published == null ? null : Instant.parse(published);
        String hash = RawStore.sha256((title + "\u0000" + text + "\u0000" + kind + "\u0000" + countries + "\u0000"
                + published).getBytes(StandardCharsets.UTF_8));
        return new Article(id, "https://example.org/" + id, id, title, text, source, lang, kind, countries, pub,
                Instant.parse("2026-11-01T00:00:00Z"), hash, null, 0);
    }
}
