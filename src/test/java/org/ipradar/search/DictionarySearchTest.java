package org.ipradar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.ipradar.Services;
import org.ipradar.glossary.Dictionary;
import org.ipradar.glossary.Glossary;
import org.ipradar.index.Fields;
import org.ipradar.testing.Articles;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The general dictionary as the fallback of cross-language search: only for the Chinese words the glossary lacks,
 * weighted below the glossary's translations, reported with its origin; search without it as before.
 */
class DictionarySearchTest {
    @TempDir
    static Path dir;

    static Services services;
    static SearchService withDictionary;
    static SearchService withoutDictionary;

    @BeforeAll
    static void index() throws URISyntaxException {
        services = TestServices.open(dir);
        services.writer().write(List.of(
                Articles.of("en-diamond", "Synthetic diamond patent upheld",
                        "The court held the patent on growing synthetic diamond crystals valid.",
                        "en-news", "en", "case", List.of("SG"), "2026-03-01T00:00:00Z"),
                Articles.of("en-ink", "Printer ink refills", "Refilled printer ink cartridges and the patent owner.",
                        "en-news", "en", "case", List.of("SG"), "2026-02-01T00:00:00Z"),
                Articles.of("zh-diamond", "人造钻石专利纠纷", "一家企业的人造钻石专利被诉侵权。",
                        "zh-news", "zh", "case", List.of("CN"), "2026-01-01T00:00:00Z"),
                // two notes that differ in one word only, for comparing the weight of a translation
                Articles.of("note-1", "Note", "novelty lorem", "en-news", "en", "news", List.of(),
                        "2025-01-01T00:00:00Z"),
                Articles.of("note-2", "Note", "disclose lorem", "en-news", "en", "news", List.of(),
                        "2025-01-01T00:00:00Z")));
        Path sample = Path.of(DictionarySearchTest.class.getResource("/fixtures/glossary/cedict-sample.u8").toURI());
        withDictionary = new SearchService(services.index(), Glossary.shipped(), Dictionary.load(sample));
        withoutDictionary = new SearchService(services.index(), Glossary.shipped());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<String> expansions(SearchResult r) {
        return r.expansions().stream().map(e -> e.describe() + " [" + e.origin() + "]").toList();
    }

    @Test
    void translatesTheWordsTheGlossaryLacksThroughTheDictionary() {
        SearchResult r = withDictionary.search(SearchRequest.of("人造钻石 专利"));
        assertEquals(List.of("人造 → man-made, artificial (CEDICT) [dictionary]", "钻石 → diamond (CEDICT) [dictionary]",
                "专利 → patent [glossary]"), expansions(r));
        assertEquals(List.of("zh-diamond", "en-diamond"), ids(r));
    }

    @Test
    void translatesTheEnglishWordsTheGlossaryLacksIntoChinese() {
        SearchResult r = withDictionary.search(SearchRequest.of("diamond patent"));
        assertEquals(List.of("diamond → 钻石 (CEDICT) [dictionary]", "patent → 专利 [glossary]"), expansions(r));
        assertEquals(List.of("en-diamond", "zh-diamond"), ids(r));
    }

    @Test
    void theEnglishWordsOfAChineseQueryAreSearchedAsTyped() {
        // the user wrote diamond in a Chinese query: English documents must have it, and it is not translated
        SearchResult r = withDictionary.search(SearchRequest.of("diamond 专利"));
        assertEquals(List.of("专利 → patent [glossary]"), expansions(r));
        assertEquals(List.of("en-diamond"), ids(r));
    }

    @Test
    void chineseWordsTypedApartThatMakeAGlossaryTermKeepTheirOwnTranslations() {
        // 商标 纠纷 is the glossary's 商标纠纷 (trademark dispute); each word is translated as well
        SearchResult r = withDictionary.search(SearchRequest.of("商标 纠纷"));
        assertEquals(List.of("商标 → trademark, trade mark [glossary]", "纠纷 → dispute, controversy (CEDICT) [dictionary]",
                "商标 纠纷 → trademark dispute, trade mark dispute [glossary]"), expansions(r));
    }

    @Test
    void withoutADictionaryOnlyTheGlossaryTranslates() {
        SearchResult r = withoutDictionary.search(SearchRequest.of("人造钻石 专利"));
        assertEquals(List.of("专利 → patent [glossary]"), expansions(r));
        // the English reports match on "patent" alone, the untranslated words being optional for them
        assertEquals(List.of("zh-diamond", "en-diamond", "en-ink"), ids(r));
        assertEquals(Dictionary.none(), withoutDictionary.dictionary());
    }

    @Test
    void theDictionaryNeverTranslatesAWordTheGlossaryHas() {
        // the sample dictionary has 专利 (patent) and 商标 (trademark, logo): the glossary's translations win, and
        // the dictionary's other senses are not searched
        SearchResult r = withDictionary.search(SearchRequest.of("商标侵权 专利 墨水"));
        assertEquals(List.of("商标侵权 → trademark infringement, trade mark infringement, infringement of a trademark"
                + " [glossary]", "专利 → patent [glossary]", "墨水 → ink (CEDICT) [dictionary]"), expansions(r));
        Map<String, Float> weights = weights(withDictionary.parse("商标侵权 专利 墨水"), Fields.BODY_EN);
        assertEquals(null, weights.get("logo"));
        assertEquals(0.3f, weights.get("ink"), 1e-6);
    }

    @Test
    void wordsTypedWeighMoreThanGlossaryTranslationsWhichWeighMoreThanDictionaryOnes() {
        // 新颖性 is in the glossary (novelty), 披露 only in the dictionary (disclose), lorem is typed as it is
        Map<String, Float> weights = weights(withDictionary.parse("新颖性 披露 lorem"), Fields.BODY_EN);
        assertEquals(1f, weights.get("lorem"), 1e-6);
        assertEquals(SearchQueries.EXPANSION_WEIGHT, weights.get("novelti"), 1e-6);
        assertEquals(SearchQueries.DICTIONARY_WEIGHT, weights.get("disclos"), 1e-6);
        assertTrue(SearchQueries.EXPANSION_WEIGHT > SearchQueries.DICTIONARY_WEIGHT);

        // on two notes alike but for the translated word, the scores are in the same ratio
        Map<String, Float> scores = scores(withDictionary.parse("新颖性 披露"));
        assertEquals(SearchQueries.EXPANSION_WEIGHT / SearchQueries.DICTIONARY_WEIGHT,
                scores.get("note-1") / scores.get("note-2"), 1e-4);
    }

    @Test
    void aWordWithSeveralSensesCountsOnceInADocumentThatHasTwoOfThem() {
        // 披露: "disclose" or "make public"; a document with both scores as one with the better of them
        Query q = withDictionary.parse("披露");
        java.util.Set<Query> dismax = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        visit(q, 1f, (query, boost) -> {
            if (query instanceof DisjunctionMaxQuery d && boost == SearchQueries.DICTIONARY_WEIGHT) {
                dismax.add(d);
            }
        });
        assertEquals(1, dismax.size(), q.toString());
        assertEquals(2, ((DisjunctionMaxQuery) dismax.iterator().next()).getDisjuncts().size());
    }

    @Test
    void titlesOfHitsAreHighlightedInTheirOwnLanguage() {
        SearchResult r = withDictionary.search(SearchRequest.of("人造钻石 专利"));
        Map<String, String> titles = new HashMap<>();
        r.hits().forEach(h -> titles.put(h.id(), h.highlightedTitle()));
        assertEquals("<mark>人造钻石专利</mark>纠纷", titles.get("zh-diamond"));
        assertEquals("Synthetic <mark>diamond patent</mark> upheld", titles.get("en-diamond"));
        assertEquals("Synthetic diamond patent upheld", r.hits().get(1).title());
    }

    // The weight of each term of a field in the query: the product of the boosts above it, the largest if it occurs
    // more than once; field boosts (title 3, body 1) included.
    static Map<String, Float> weights(Query q, String field) {
        Map<String, Float> out = new TreeMap<>();
        visit(q, 1f, (query, boost) -> {
            if (query instanceof TermQuery t && t.getTerm().field().equals(field)) {
                out.merge(t.getTerm().text(), boost, Math::max);
            } else if (query instanceof PhraseQuery p) {
                for (Term t : p.getTerms()) {
                    if (t.field().equals(field)) {
                        out.merge(t.text(), boost, Math::max);
                    }
                }
            }
        });
        return out;
    }

    private static void visit(Query q, float boost, java.util.function.BiConsumer<Query, Float> leaf) {
        leaf.accept(q, boost);
        if (q instanceof BoostQuery b) {
            visit(b.getQuery(), boost * b.getBoost(), leaf);
        } else if (q instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                if (c.occur() != BooleanClause.Occur.MUST_NOT && c.occur() != BooleanClause.Occur.FILTER) {
                    visit(c.query(), boost, leaf);
                }
            }
        } else if (q instanceof DisjunctionMaxQuery d) {
            for (Query disjunct : d.getDisjuncts()) {
                visit(disjunct, boost, leaf);
            }
        }
    }

    private static Map<String, Float> scores(Query q) {
        IndexSearcher searcher = services.index().acquire();
        try {
            Map<String, Float> out = new HashMap<>();
            for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
                out.put(searcher.storedFields().document(sd.doc).get(Fields.ID), sd.score);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            services.index().release(searcher);
        }
    }
}
