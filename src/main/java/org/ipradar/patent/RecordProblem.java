package org.ipradar.patent;

/**
 * A record that could not be read and was skipped.
 *
 * @param file the file it came from (as given on the command line)
 * @param position where in the file: {@code document 3}, {@code line 17}, {@code row 12}
 * @param reason what was wrong, in one sentence
 */
public record RecordProblem(String file, String position, String reason) {
    @Override
    public String toString() {
        return file + " " + position + ": " + reason;
    }
}
