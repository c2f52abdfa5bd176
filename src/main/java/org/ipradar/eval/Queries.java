package org.ipradar.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a queries file: {@code id<TAB>text} a line (UTF-8), blank lines and lines starting with # ignored. */
public final class Queries {
    /** One query: its id (as in the qrels) and its text. */
    public record Query(String id, String text) {}

    private Queries() {}

    /** The queries in file order; throws naming the file and line of the first bad one. */
    public static List<Query> read(Path file) {
        List<Query> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                    throw new CollectionException(file + " line " + n + ": expected query-id<TAB>text");
                }
                String id = line.substring(0, tab).strip();
                if (!ids.add(id)) {
                    throw new CollectionException(file + " line " + n + ": query id " + id + " appears twice");
                }
                out.add(new Query(id, line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new CollectionException("cannot read queries " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
