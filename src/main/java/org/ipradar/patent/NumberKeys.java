package org.ipradar.patent;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparable keys for publication and application numbers, so that {@code US 7,654,321 B2}, {@code US07654321} and
 * {@code US7654321B1} name the same patent ({@code US7654321}): the key drops spaces and punctuation, leading zeros
 * and the kind code. Publications of one application that differ only in kind (A1 and B1) share a key on purpose.
 */
public final class NumberKeys {
    // Office code, an optional letter prefix (D for US designs, RE for reissues, PP for plants), the digits, and an
    // optional kind code (a letter and at most one digit) at the end.
    private static final Pattern PUBLICATION = Pattern.compile("([A-Z]{2})([A-Z]{0,2}?)0*(\\d+)(?:[A-Z]\\d?)?");

    private NumberKeys() {}

    /** The key of a publication number such as {@code US 7,654,321 B2} or {@code EP1234567A1}: {@code US7654321}. */
    public static String key(String publication) {
        String clean = clean(publication);
        Matcher m = PUBLICATION.matcher(clean);
        return m.matches() ? m.group(1) + m.group(2) + m.group(3) : clean;
    }

    /** The key of a record: its jurisdiction and number, without kind. */
    public static String key(PatentRecord record) {
        return key(record.jurisdiction() + record.number());
    }

    /**
     * The key of a record's application: jurisdiction, a colon, and the application number without punctuation or a
     * leading copy of the jurisdiction ({@code US:13915223}); empty when the record names no application.
     */
    public static String applicationKey(PatentRecord record) {
        String number = clean(record.applicationNumber());
        if (number.isEmpty()) {
            return "";
        }
        if (number.startsWith(record.jurisdiction()) && number.length() > record.jurisdiction().length()) {
            number = number.substring(record.jurisdiction().length());
        }
        return record.jurisdiction() + ":" + number;
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
