package org.ipradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ipradar.store.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionFormatTest {
    @TempDir
    Path dir;

    @Test
    void detectsTheFormatFromThePath() throws IOException {
        assertEquals(CollectionFormat.SG_JUDGMENTS, CollectionFormat.detect(EvalFixtures.path("judgments")));
        assertEquals(CollectionFormat.MARKDOWN, CollectionFormat.detect(EvalFixtures.path("markdown")));
        assertEquals(CollectionFormat.TSV, CollectionFormat.detect(Files.writeString(dir.resolve("d.TSV"), "")));
        assertEquals(CollectionFormat.JSONL, CollectionFormat.detect(EvalFixtures.path("tiny/docs.jsonl")));
        assertEquals("must be one of: jsonl, tsv, sg-judgments, markdown (got \"csv\")",
                assertThrows(IllegalArgumentException.class, () -> CollectionFormat.parse("csv")).getMessage());
    }

    @Test
    void convertsSingaporeJudgments() throws IOException {
        Path out = dir.resolve("docs.jsonl");
        assertEquals(2, CollectionFormat.SG_JUDGMENTS.toJsonl(EvalFixtures.path("judgments"), out));
        List<Article> docs = EvalFixtures.articles(out);
        Article ca = docs.get(0);
        assertEquals("2019_SGCA_902", ca.id());
        assertEquals("Lens Works Ltd v Optik Copy Pte Ltd (No", ca.title());
        assertEquals(Instant.parse("2019-04-14T00:00:00Z"), ca.published());
        assertEquals(List.of("patent"), ca.ipTypes(), "only top-level catchwords count: not Civil Procedure");
        assertEquals("The patent for a lens hinge was not obvious.", ca.text());
        Article hc = docs.get(1);
        assertEquals("2019_SGHC_901", hc.id());
        assertEquals("Durian Growers Pte Ltd v Fruit Copy Pte Ltd", hc.title());
        assertEquals(List.of("trademark", "unfair_competition"), hc.ipTypes());
        assertEquals(List.of("SG"), hc.countries());
        assertEquals("case", hc.kind());
        assertEquals("en", hc.lang());
        assertEquals(Instant.parse("2019-03-03T00:00:00Z"), hc.published());
    }

    @Test
    void convertsMarkdownFilesAndTsv() throws IOException {
        Path out = dir.resolve("md.jsonl");
        assertEquals(2, CollectionFormat.MARKDOWN.toJsonl(EvalFixtures.path("markdown"), out));
        List<Article> md = EvalFixtures.articles(out);
        assertEquals(List.of("notes", "中华人民共和国榴莲法"), md.stream().map(Article::title).toList());
        assertEquals(List.of("en", "zh"), md.stream().map(Article::lang).toList(), "guessed on import");
        assertEquals(Instant.parse("2020-10-17T00:00:00Z"), md.get(1).published());
        assertEquals("md-" + org.ipradar.store.RawStore.sha256("法律_榴莲法(2020-10-17).md".getBytes(
                StandardCharsets.UTF_8)).substring(0, 12), md.get(1).id());

        Path tsv = Files.writeString(dir.resolve("docs.tsv"), "\uFEFFa\tTitle A\tText of A\nb\tonly text\n\n",
                StandardCharsets.UTF_8);
        Path tsvOut = dir.resolve("tsv.jsonl");
        assertEquals(2, CollectionFormat.TSV.toJsonl(tsv, tsvOut));
        List<Article> docs = EvalFixtures.articles(tsvOut);
        assertEquals(List.of("a", "b"), docs.stream().map(Article::id).toList());
        assertEquals(List.of("Title A", "only text"), docs.stream().map(Article::title).toList());
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "a\tb\tc\td\n", StandardCharsets.UTF_8);
        assertEquals(bad + " line 1: expected id<TAB>title<TAB>text or id<TAB>text (got 4 fields)",
                assertThrows(CollectionException.class, () -> CollectionFormat.TSV.toJsonl(bad, dir.resolve("x")))
                        .getMessage());
    }
}
