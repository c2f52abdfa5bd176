package org.ipradar.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Checks the provenance the shipped glossary claims against the public sources in the shared corpus. */
class GlossarySourcesTest {
    private static final Pattern CEDICT_LINE = Pattern.compile("(\\S+) (\\S+) \\[[^\\]]*\\] /(.*)/");
    private static final Pattern CSV_LINE = Pattern.compile("([A-Z]{2}),(?:\"([^\"]*)\"|(.*))");

    // A gloss as it is compared with an English term: remarks such as "(n)" or "(capital of Japan)" and a leading
    // "to " dropped, lower case.
    private static String clean(String gloss) {
        String g = gloss.replaceAll("\\([^)]*\\)", "").strip();
        g = g.startsWith("to ") ? g.substring(3) : g;
        return g.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void everyCedictEntryHasAZhTermGlossedWithOneOfItsEnglishTerms() throws IOException {
        Path file = Corpus.require("glossary/cedict/cedict_ts_2007-08-25.u8");
        Map<String, List<String>> glosses = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = CEDICT_LINE.matcher(line.strip());
            if (m.matches()) {
                glosses.computeIfAbsent(m.group(2), k -> new ArrayList<>()).addAll(List.of(m.group(3).split("/")));
            }
        }
        int checked = 0;
        for (Entry e : Glossary.shipped().entries()) {
            if (!e.source().equals("cedict")) {
                continue;
            }
            List<String> en = e.en().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            boolean attested = e.zh().stream()
                    .flatMap(z -> glosses.getOrDefault(z, List.of()).stream())
                    .anyMatch(g -> en.contains(clean(g)));
            assertTrue(attested, e.origin() + " " + e.key() + " is marked cedict but no zh term has one of " + e.en()
                    + " as a CC-CEDICT gloss");
            checked++;
        }
        assertTrue(checked >= 100, "cedict entries: " + checked);
    }

    @Test
    void everyCountryListEntryHasTheListsChineseAndEnglishName() throws IOException {
        Map<String, String> en = names(Corpus.require("glossary/country-list/country.en.csv"));
        Map<String, String> zh = names(Corpus.require("glossary/country-list/country.zh_CN.csv"));
        int checked = 0;
        for (Entry e : Glossary.shipped().entries()) {
            if (!e.source().equals("country-list")) {
                continue;
            }
            String english = en.get(e.country()).replaceAll("\\s*\\(.*\\)", ""); // "Myanmar (Burma)" → Myanmar
            assertTrue(e.en().contains(english), e.origin() + " lacks the list's English name " + english);
            assertTrue(e.zh().contains(zh.get(e.country())), e.origin() + " lacks the list's name " + zh.get(e.country()));
            assertEquals(Entry.Type.COUNTRY, e.type(), e.origin());
            checked++;
        }
        assertTrue(checked >= 40, "country-list entries: " + checked);
    }

    private static Map<String, String> names(Path csv) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            Matcher m = CSV_LINE.matcher(line.strip());
            if (m.matches()) {
                out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
        return out;
    }
}
