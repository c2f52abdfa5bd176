package org.ipradar.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Relevance judgments in TREC form, {@code query-id 0 doc-id grade} a line (whitespace-separated; the second column
 * is ignored; grade 0 means judged not relevant, above 0 relevant, higher is better). Lines starting with # are
 * comments.
 */
public final class Qrels {
    private final Map<String, Map<String, Integer>> byQuery;

    private Qrels(Map<String, Map<String, Integer>> byQuery) {
        this.byQuery = byQuery;
    }

    /** The judgments of a file; throws naming the file and line of the first bad one. */
    public static Qrels read(Path file) {
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+");
                if (f.length != 4) {
                    throw new CollectionException(file + " line " + n + ": expected \"query-id 0 doc-id grade\" (4"
                            + " fields, got " + f.length + ")");
                }
                int grade;
                try {
                    grade = Integer.parseInt(f[3]);
                } catch (NumberFormatException e) {
                    throw new CollectionException(file + " line " + n + ": the grade must be a whole number (got \""
                            + f[3] + "\")");
                }
                if (m.computeIfAbsent(f[0], q -> new LinkedHashMap<>()).put(f[2], grade) != null) {
                    throw new CollectionException(file + " line " + n + ": " + f[0] + " judges " + f[2] + " twice");
                }
            }
        } catch (IOException e) {
            throw new CollectionException("cannot read judgments " + file + ": " + e.getMessage(), e);
        }
        return new Qrels(m);
    }

    /** Judgments built in code: query id to document id to grade. */
    public static Qrels of(Map<String, Map<String, Integer>> byQuery) {
        return new Qrels(byQuery);
    }

    /** The grades of a query's judged documents, empty when it has none. */
    public Map<String, Integer> grades(String queryId) {
        return Collections.unmodifiableMap(byQuery.getOrDefault(queryId, Map.of()));
    }

    /** Whether the query has at least one relevant document. */
    public boolean hasRelevant(String queryId) {
        return grades(queryId).values().stream().anyMatch(g -> g > 0);
    }

    /** Every judged query id, in file order. */
    public java.util.Set<String> queryIds() {
        return Collections.unmodifiableSet(byQuery.keySet());
    }
}
