package org.ipradar.patent.read;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates patent data carries: {@code 20200102}, {@code 2020-01-02}, {@code 2020/1/2}, {@code 2020.01.02},
 * {@code 2020年1月2日}, {@code 02.01.2020} (day first, as Espacenet prints), an ISO date-time, and Excel serial day
 * numbers ({@code 43832}).
 */
final class Dates {
    private static final Pattern COMPACT = Pattern.compile("^((?:1[89]|2[0-9])[0-9]{2})([01][0-9])([0-3][0-9])$");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?(?:[T\\s].*)?$");
    private static final Pattern DAY_FIRST = Pattern.compile("^([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})$");
    private static final Pattern SERIAL = Pattern.compile("^([0-9]{5})(?:\\.0+)?$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Dates() {}

    /**
     * The date the text names, or null when the text is blank.
     *
     * @throws IllegalArgumentException naming the text when it is not a date
     */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (s.isEmpty() || s.equals("-") || s.equals("--") || s.equalsIgnoreCase("n/a")) {
            return null;
        }
        try {
            Matcher m = COMPACT.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = SERIAL.matcher(s);
            if (m.matches()) {
                long days = Long.parseLong(m.group(1));
                // five digits: 1927-05-18 to 2173-10-14, the span where a bare number in a date column is a serial day
                if (days >= 1 && days <= 2_958_465) {
                    return excelSerial(days);
                }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a date (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException("\"" + text.strip() + "\" is not a date");
    }

    /** The date of an Excel serial day number (1900 date system, with its fictitious 1900-02-29 accounted for). */
    static LocalDate excelSerial(long days) {
        return EXCEL_EPOCH.plusDays(days < 61 ? days + 1 : days);
    }

    /** Like {@link #parse} but null instead of an exception, for sources whose dates are only informative. */
    static LocalDate lenient(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
