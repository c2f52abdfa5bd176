package org.ipradar.docs;

/**
 * A line of an import file that was skipped.
 *
 * @param line its number, from 1, counting blank lines
 * @param field the field at fault, or null when the line as a whole is wrong
 * @param message why, naming the value that was given
 */
public record LineProblem(long line, String field, String message) {
    /** The problem as it is reported: {@code line 17: countries: must be ... (got "XX")}. */
    @Override
    public String toString() {
        return "line " + line + ": " + (field == null ? "" : field + ": ") + message;
    }

    /** What the summary counts it under: the field, or the kind of line problem. */
    public String reason() {
        return field != null ? field : message.startsWith("not valid JSON") ? "invalid JSON"
                : message.startsWith("not valid UTF-8") ? "invalid UTF-8"
                : message.startsWith("longer than") ? "line too long"
                : "not an object";
    }
}
