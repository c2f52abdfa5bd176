package org.ipradar.docs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an import did: every non-blank line is counted once as new, updated, unchanged or skipped.
 *
 * @param lines non-blank lines read
 * @param added documents that were not in the store
 * @param updated documents whose content changed
 * @param unchanged documents already stored with the same content
 * @param skipped bad lines, not imported
 * @param repeatedIds lines whose id an earlier line of the file already had (the later line wins)
 * @param skippedBy the skipped lines by reason (the field at fault, or the kind of line problem), most first
 * @param problems the first {@link DocumentImporter#KEPT_PROBLEMS} bad lines, in file order
 * @param elapsed how long the import took
 */
public record ImportReport(
        long lines,
        long added,
        long updated,
        long unchanged,
        long skipped,
        long repeatedIds,
        Map<String, Long> skippedBy,
        List<LineProblem> problems,
        Duration elapsed) {
    /** Documents written or confirmed: every line that was not skipped. */
    public long imported() {
        return added + updated + unchanged;
    }

    /** The one-line total, as in {@code 848 lines: 848 new, 0 updated, 0 unchanged, 0 skipped}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(lines).append(lines == 1 ? " line: " : " lines: ").append(added).append(" new, ").append(updated)
                .append(" updated, ").append(unchanged).append(" unchanged, ").append(skipped).append(" skipped");
        if (!skippedBy.isEmpty()) {
            sb.append(" (");
            String sep = "";
            for (Map.Entry<String, Long> e : skippedBy.entrySet()) {
                sb.append(sep).append(e.getKey()).append(": ").append(e.getValue());
                sep = ", ";
            }
            sb.append(")");
        }
        if (repeatedIds > 0) {
            sb.append("; ").append(repeatedIds).append(repeatedIds == 1 ? " line repeats" : " lines repeat")
                    .append(" an earlier line's id (the later line wins)");
        }
        return sb.toString();
    }
}
