package org.ipradar.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.index.Fields;

/**
 * A calendar quarter such as {@code 2026Q3}, whose days are counted in Asia/Shanghai ({@link Fields#ZONE}).
 *
 * @param year the year, 2000 to 2100
 * @param number 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})Q([1-4])");
    private static final String[] ZH_NUMBERS = {"一", "二", "三", "四"};

    public Quarter {
        if (year < 2000 || year > 2100 || number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter must be from 2000Q1 to 2100Q4 (got " + year + "Q" + number
                    + ")");
        }
    }

    /** Reads {@code 2026Q3} (a lower-case q is accepted), or throws saying what a quarter looks like. */
    public static Quarter parse(String value) {
        Matcher m = FORM.matcher(value == null ? "" : value.strip().replace('q', 'Q'));
        if (!m.matches()) {
            throw new IllegalArgumentException("quarter must look like 2026Q3: a year, Q and 1 to 4 (got "
                    + (value == null ? "nothing" : "\"" + value + "\"") + ")");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter an instant falls in, in Asia/Shanghai. */
    public static Quarter of(Instant t) {
        return of(t.atZone(Fields.ZONE).toLocalDate());
    }

    /** The first day. */
    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The last day. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The first instant, midnight of the first day in Asia/Shanghai. */
    public Instant start() {
        return firstDay().atStartOfDay(Fields.ZONE).toInstant();
    }

    /** The first instant after it: midnight after the last day in Asia/Shanghai. */
    public Instant end() {
        return firstDay().plusMonths(3).atStartOfDay(Fields.ZONE).toInstant();
    }

    /** Whether the day falls in it. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** The Chinese name, as in {@code 2026年第三季度}. */
    public String zh() {
        return year + "年第" + ZH_NUMBERS[number - 1] + "季度";
    }

    /** The English name, as in {@code Q3 2026}. */
    public String en() {
        return "Q" + number + " " + year;
    }

    /** The four quarters of a year. */
    public static java.util.List<Quarter> ofYear(int year) {
        return java.util.List.of(new Quarter(year, 1), new Quarter(year, 2), new Quarter(year, 3), new Quarter(year, 4));
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    /** The wire form, as in {@code 2026Q3}. */
    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
