package org.ipradar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ipradar.ingest.FeedItem;
import org.ipradar.ingest.FeedReader;
import org.ipradar.ingest.ParsedFeed;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final CorpusGenerator GEN = new CorpusGenerator(42, 2000, 500);

    @Test
    void sameSeedGivesTheSameCorpus() {
        CorpusGenerator again = new CorpusGenerator(42, 2000, 500);
        assertEquals(GEN.feeds(), again.feeds());
        for (int i = 0; i < GEN.docCount(); i++) {
            assertEquals(GEN.doc(i), again.doc(i), "document " + i);
        }
    }

    @Test
    void documentsDoNotDependOnTheOrderOfGeneration() {
        CorpusGenerator other = new CorpusGenerator(42, 2000, 500);
        assertEquals(GEN.doc(1999), other.doc(1999)); // generated first here, last in the loop above
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        CorpusGenerator other = new CorpusGenerator(43, 2000, 500);
        assertNotEquals(GEN.doc(0).title() + GEN.doc(0).text(), other.doc(0).title() + other.doc(0).text());
    }

    @Test
    void pinsTheFirstFeedsAndDocumentsOfSeed42() {
        assertEquals(new CorpusGenerator.Feed(0, "bench-0001-zh-vn", "zh", true, "VN", "case", 0, 500), GEN.feed(0));
        assertEquals(new CorpusGenerator.Feed(1, "bench-0002-en-vn", "en", true, "VN", "case", 500, 500), GEN.feed(1));
        assertFalse(GEN.feed(3).langDeclared()); // every fourth source leaves the language to detection
        assertEquals("新锐电子股份有限公司在菲律宾遭遇外观设计侵权", GEN.doc(0).title());
        assertEquals("Vietnam patent filing guide (2025 edition)", GEN.doc(500).title());
        assertEquals("https://bench.example.org/zh/ph/42-0000000", GEN.doc(0).link());
        assertEquals("urn:ipradar-bench:42-0000000", GEN.doc(0).guid());
    }

    @Test
    void isHalfChineseHalfEnglish() {
        Map<String, Long> byLang = IntStream.range(0, GEN.docCount()).mapToObj(GEN::doc)
                .collect(Collectors.groupingBy(CorpusGenerator.Doc::lang, Collectors.counting()));
        assertEquals(Map.of("zh", 1000L, "en", 1000L), byLang);
        for (int i = 0; i < GEN.docCount(); i += 97) {
            CorpusGenerator.Doc d = GEN.doc(i);
            boolean han = (d.title() + d.text()).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            assertEquals(d.lang().equals("zh"), han, "document " + i + " is " + d.lang() + ": " + d.title());
        }
    }

    @Test
    void bodiesHold150To600WordsOrCharacters() {
        for (int i = 0; i < GEN.docCount(); i++) {
            int length = GEN.doc(i).length();
            assertTrue(length >= CorpusGenerator.MIN_LENGTH && length <= CorpusGenerator.MAX_LENGTH,
                    "document " + i + " has length " + length);
        }
    }

    @Test
    void twentyFeedsCoverEveryAseanCountryInBothLanguages() {
        CorpusGenerator gen = new CorpusGenerator(42, 10_000, 500);
        Set<String> seen = new TreeSet<>();
        gen.feeds().forEach(f -> seen.add(f.country() + "-" + f.lang()));
        assertEquals(20, seen.size(), seen.toString());
    }

    @Test
    void lastFeedHoldsTheRemainder() {
        CorpusGenerator gen = new CorpusGenerator(42, 1234, 500);
        assertEquals(3, gen.feedCount());
        assertEquals(234, gen.feed(2).size());
        assertEquals(1233, gen.docs(gen.feed(2)).getLast().number());
    }

    @Test
    void feedReaderReadsBackExactlyWhatWasGenerated() throws Exception {
        for (CorpusGenerator.Feed feed : List.of(GEN.feed(0), GEN.feed(1))) {
            List<CorpusGenerator.Doc> docs = GEN.docs(feed);
            ParsedFeed parsed = FeedReader.read(RssWriter.write(feed, docs), "application/rss+xml; charset=utf-8",
                    URI.create("http://127.0.0.1/main/0001.xml"));
            assertEquals(docs.size(), parsed.items().size());
            for (int i = 0; i < docs.size(); i++) {
                CorpusGenerator.Doc d = docs.get(i);
                assertEquals(new FeedItem(d.guid(), d.link(), d.title(), d.text(), d.published()),
                        parsed.items().get(i), "item " + i + " of " + feed.id());
            }
        }
    }
}
