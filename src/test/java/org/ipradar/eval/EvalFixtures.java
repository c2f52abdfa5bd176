package org.ipradar.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.docs.BadDocumentException;
import org.ipradar.docs.DocumentJson;
import org.ipradar.store.Article;

/** The evaluation fixtures under src/test/resources/fixtures/eval as files, and their documents as articles. */
public final class EvalFixtures {
    private EvalFixtures() {}

    /** The path of a fixture file or directory, relative to fixtures/eval. */
    public static Path path(String relative) {
        URL url = EvalFixtures.class.getResource("/fixtures/eval/" + relative);
        if (url == null) {
            throw new IllegalStateException("no fixture fixtures/eval/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documents of a JSON-lines file, read as import-docs reads them. */
    public static List<Article> articles(Path jsonl) throws IOException {
        DocumentJson json = new DocumentJson("eval", Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"),
                ZoneOffset.UTC));
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(json.read(line));
            } catch (BadDocumentException e) {
                throw new IllegalStateException("bad fixture line " + line + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
