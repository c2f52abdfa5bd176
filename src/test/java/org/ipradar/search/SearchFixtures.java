package org.ipradar.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipradar.store.Article;

/** The documents of {@code fixtures/search/documents.tsv}, as articles of the sources zh-news and en-news. */
public final class SearchFixtures {
    private SearchFixtures() {}

    /** Every document of the fixture, in file order. */
    public static List<Article> documents() {
        try (InputStream in = SearchFixtures.class.getResourceAsStream("/fixtures/search/documents.tsv")) {
            List<Article> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Instant published = Instant.parse(f[6]);
                out.add(new Article(f[0], "https://example.org/" + f[0], null, f[7], f[8],
                        f[1].equals("zh") ? "zh-news" : "en-news", f[1], f[2], list(f[3]), list(f[4]), list(f[5]),
                        null, published, Instant.parse("2026-11-01T00:00:00Z"), "hash-" + f[0] + line.hashCode(),
                        null, 0));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }
}
