package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipradar.glossary.Dictionary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search}: the expansions it used, by origin, then the hits with their matches in brackets. */
class SearchCommandTest {
    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void importDocuments() throws IOException {
        data = dir.resolve("data");
        Path docs = Files.writeString(dir.resolve("docs.jsonl"), String.join("\n",
                "{\"id\": \"zh-diamond\", \"title\": \"人造钻石专利纠纷\", \"url\": \"https://example.org/zh\","
                        + " \"lang\": \"zh\", \"kind\": \"case\", \"countries\": [\"CN\"], \"published\": \"2026-01-05\","
                        + " \"text\": \"一家企业的人造钻石专利被诉侵权。\"}",
                "{\"id\": \"en-diamond\", \"title\": \"Synthetic diamond patent upheld\", \"lang\": \"en\","
                        + " \"kind\": \"case\", \"countries\": [\"SG\"], \"published\": \"2026-03-01\","
                        + " \"text\": \"The court held the patent on growing synthetic diamond crystals valid.\"}")
                + "\n", StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("import-docs", docs.toString(), "--data", data.toString());
        assertEquals(0, imported.exit, imported.err);
    }

    @Test
    void printsTheExpansionsOfTheGlossaryAlone() {
        CliRun run = CliRun.of("search", "人造钻石", "专利", "--data", data.toString());
        assertEquals(0, run.exit, run.err);
        assertEquals("""
                2 hits for "人造钻石 专利"
                also searched: 专利 → patent (glossary)
                 1. [人造钻石专利]纠纷
                    2026-01-05 | import | zh | CN
                    https://example.org/zh
                    一家企业的[人造钻石专利]被诉侵权。
                 2. Synthetic diamond [patent] upheld
                    2026-03-01 | import | en | SG
                \s\s\s\s
                    The court held the [patent] on growing synthetic diamond crystals valid.
                """, run.out);
    }

    @Test
    void printsTheDictionarysExpansionsWhenOneIsInTheDataDirectory() throws IOException, URISyntaxException {
        Files.copy(Path.of(getClass().getResource("/fixtures/glossary/cedict-sample.u8").toURI()),
                data.resolve(Dictionary.DEFAULT_FILE));
        CliRun run = CliRun.of("search", "人造钻石", "专利", "--data", data.toString());
        assertEquals(0, run.exit, run.err);
        assertEquals("""
                2 hits for "人造钻石 专利"
                also searched: 人造 → man-made, artificial (dictionary)
                also searched: 钻石 → diamond (dictionary)
                also searched: 专利 → patent (glossary)
                 1. [人造钻石专利]纠纷
                    2026-01-05 | import | zh | CN
                    https://example.org/zh
                    一家企业的[人造钻石专利]被诉侵权。
                 2. Synthetic [diamond patent] upheld
                    2026-03-01 | import | en | SG
                \s\s\s\s
                    The court held the [patent] on growing synthetic [diamond] crystals valid.
                """, run.out);
    }
}
