package org.ipradar.glossary;

/**
 * A line of a glossary file that was skipped or only partly used, and why.
 *
 * @param file the file's name
 * @param line the line number, from 1; 0 when the problem is with the whole file
 * @param message what is wrong, naming the value
 */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
