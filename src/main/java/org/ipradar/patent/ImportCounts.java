package org.ipradar.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import did: records new to the store, changed, unchanged (the same content again), and skipped because
 * they could not be read, each skipped one with its position and reason.
 *
 * @param imported records new to the store
 * @param updated records that replaced a stored one with the same id
 * @param unchanged records identical to the stored one
 * @param skipped records the reader could not read
 * @param problems the reader's reason for each skipped record
 */
public record ImportCounts(int imported, int updated, int unchanged, int skipped, List<RecordProblem> problems) {
    /** Copies the list. */
    public ImportCounts {
        problems = List.copyOf(problems);
    }

    /** Nothing imported yet. */
    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, List.of());
    }

    /** The sum of two imports, as over several files. */
    public ImportCounts plus(ImportCounts other) {
        List<RecordProblem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ImportCounts(imported + other.imported, updated + other.updated, unchanged + other.unchanged,
                skipped + other.skipped, all);
    }

    /** How many records were read (all but the skipped ones). */
    public int read() {
        return imported + updated + unchanged;
    }

    /** One line: {@code 12 imported, 1 updated, 0 unchanged, 2 skipped}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d imported, %d updated, %d unchanged, %d skipped", imported, updated,
                unchanged, skipped);
    }
}
