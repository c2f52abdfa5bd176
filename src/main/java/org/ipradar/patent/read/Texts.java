package org.ipradar.patent.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2002-\\u200b\\u3000]+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[;；|\\n\\r]+)\\s*");

    private Texts() {}

    /** The text with runs of whitespace (including no-break and ideographic spaces) made one space, trimmed. */
    static String collapse(String text) {
        if (text == null) {
            return "";
        }
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The parts of a multi-value cell, split on semicolons, vertical bars and line breaks, blanks dropped. */
    static List<String> splitValues(String cell) {
        List<String> values = new ArrayList<>();
        if (cell == null) {
            return values;
        }
        for (String part : SPLIT.split(cell)) {
            String v = collapse(part);
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return values;
    }

    /** The values without repeats, comparing case-insensitively; the first spelling that is not all capitals wins. */
    static List<String> distinct(List<String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String value : values) {
            String v = collapse(value);
            if (v.isEmpty()) {
                continue;
            }
            String key = v.toLowerCase(Locale.ROOT);
            String old = kept.get(key);
            if (old == null || old.equals(old.toUpperCase(Locale.ROOT)) && !v.equals(v.toUpperCase(Locale.ROOT))) {
                kept.put(key, v);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** A person's name as "Given Family" from "Family, Given" (or "Family; Given", as Greenbook and BRS print it). */
    static String givenFirst(String name) {
        String n = collapse(name).replaceAll("[,;\\s]+$", "");
        int sep = n.indexOf(';');
        if (sep < 0) {
            sep = n.indexOf(',');
        }
        if (sep <= 0 || sep == n.length() - 1) {
            return n;
        }
        String family = n.substring(0, sep).strip();
        String given = n.substring(sep + 1).strip().replaceAll("[,;]+$", "").strip();
        // "Smith, Jr., John" and company names with commas are left alone
        if (given.isEmpty() || given.contains(",") || given.contains(";")) {
            return n;
        }
        return given + " " + family;
    }

    /** The joined parts, skipping blanks. */
    static String join(String separator, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(separator);
                }
                b.append(part.strip());
            }
        }
        return b.toString();
    }
}
