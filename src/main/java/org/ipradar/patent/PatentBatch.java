package org.ipradar.patent;

import java.util.List;

/**
 * What one file yielded: the records read and the records skipped, each with its position and reason.
 *
 * @param records the records read, in file order
 * @param problems the records skipped
 */
public record PatentBatch(List<PatentRecord> records, List<RecordProblem> problems) {
    /** Copies the lists. */
    public PatentBatch {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
