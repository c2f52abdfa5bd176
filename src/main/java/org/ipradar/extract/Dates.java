package org.ipradar.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that news sites print into instants: ISO 8601, RFC 1123, {@code 2026/03/12}, {@code 2026.03.12},
 * {@code 12 Mar 2026}, {@code March 12, 2026}, {@code 2026年3月12日 14:30}, {@code 12/03/2026} in the source's day and
 * month order, Vietnamese {@code 12 tháng 3 năm 2026} and Indonesian or Malay month names ({@code 12 Maret 2026},
 * {@code 12 Ogos 2026}).
 *
 * <p>The first date found in the text wins, so a label around it ({@code 发布时间：}, {@code Published on}) does no
 * harm. A date without an offset or zone name is read in the zone given; a date without a time is the start of
 * that day. Text without a readable date gives an empty result, never an exception.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "januari", "janvier"},
            {"february", "feb", "februari", "febr"},
            {"march", "mar", "maret", "mac"},
            {"april", "apr"},
            {"may", "mei"},
            {"june", "jun", "juni"},
            {"july", "jul", "juli", "julai"},
            {"august", "aug", "agustus", "agu", "ags", "ogos", "ogo"},
            {"september", "sep", "sept"},
            {"october", "oct", "oktober", "okt"},
            {"november", "nov", "nopember"},
            {"december", "dec", "desember", "des", "disember", "dis"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
        // Vietnamese names its months by number: "tháng ba" is the third month; "giêng" and "chạp" are 1 and 12
        String[] viet = {"một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"};
        for (int m = 0; m < viet.length; m++) {
            MONTHS.put("tháng " + viet[m], m + 1);
        }
        MONTHS.put("tháng giêng", 1);
        MONTHS.put("tháng bốn", 4);
        MONTHS.put("tháng chạp", 12);

        ZoneOffset utc = ZoneOffset.UTC;
        for (String z : List.of("z", "utc", "gmt", "ut")) {
            ZONES.put(z, utc);
        }
        ZONES.put("bst", ZoneOffset.ofHours(1));
        ZONES.put("cet", ZoneId.of("Europe/Paris"));
        ZONES.put("cest", ZoneOffset.ofHours(2));
        ZONES.put("et", ZoneId.of("America/New_York"));
        ZONES.put("est", ZoneOffset.ofHours(-5));
        ZONES.put("edt", ZoneOffset.ofHours(-4));
        ZONES.put("cdt", ZoneOffset.ofHours(-5));
        ZONES.put("pt", ZoneId.of("America/Los_Angeles"));
        ZONES.put("pdt", ZoneOffset.ofHours(-7));
        ZONES.put("mst", ZoneOffset.ofHours(-7));
        ZONES.put("mdt", ZoneOffset.ofHours(-6));
        ZONES.put("wib", ZoneOffset.ofHours(7));
        ZONES.put("ict", ZoneOffset.ofHours(7));
        ZONES.put("wita", ZoneOffset.ofHours(8));
        ZONES.put("sgt", ZoneOffset.ofHours(8));
        ZONES.put("myt", ZoneOffset.ofHours(8));
        ZONES.put("pht", ZoneOffset.ofHours(8));
        ZONES.put("hkt", ZoneOffset.ofHours(8));
        ZONES.put("wit", ZoneOffset.ofHours(9));
        ZONES.put("jst", ZoneOffset.ofHours(9));
        ZONES.put("kst", ZoneOffset.ofHours(9));
        ZONES.put("aest", ZoneOffset.ofHours(10));
        ZONES.put("aedt", ZoneOffset.ofHours(11));
    }

    private static final String MONTH = "(tháng\\s*\\d{1,2}|" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    /** An optional time after a date: {@code 14:30}, {@code 14:30:05.123}, {@code 2:30 p.m.}, {@code 14时30分}. */
    private static final String TIME = "(?:(?:\\s*,)?(?:\\s*(?:at|lúc|pukul|jam|-|\\||T))?\\s*"
            + "(\\d{1,2})\\s*[:时h.]\\s*(\\d{2})(?:\\s*[:分]\\s*(\\d{2})(?:[.,]\\d{1,9})?)?\\s*秒?"
            + "\\s*([ap]\\.?\\s?m\\.?)?(?![\\d]))?";
    /** An optional zone after a time: {@code Z}, {@code +08:00}, {@code GMT+0800}, {@code GMT}, {@code EST}. */
    private static final String ZONE = "(?:\\s*\\(?(Z|UTC|GMT|UT|[A-Z]{2,4}T|ET|PT|WIB|WITA|WIT)(?![A-Za-z]))?"
            + "(?:\\s*([+-]\\d{2}(?::?\\d{2})?))?(?!\\d)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The shapes of dates, each with named parts: y, mo (number), mn (name), d, then time and zone. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("(?<!\\d)(?<y>\\d{4})\\s*[-/.]\\s*(?<mo>\\d{1,2})\\s*[-/.]\\s*(?<d>\\d{1,2})(?!\\d)"
                    + TIME + ZONE, FLAGS)),
            new Shape(Pattern.compile("(?<!\\d)(?<y>\\d{4})\\s*年\\s*(?<mo>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号號]?"
                    + TIME + ZONE, FLAGS)),
            new Shape(Pattern.compile("(?<![\\p{L}\\d])(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-.]\\s*|\\s+|\\s*/\\s*)"
                    + "(?:de\\s+)?(?<mn>" + MONTH.substring(1) + "(?![\\p{L}])\\.?(?:\\s*,\\s*|\\s+năm\\s+|\\s*[-/]\\s*|\\s+)"
                    + "(?:de\\s+)?(?<y>\\d{4})(?!\\d)" + TIME + ZONE, FLAGS)),
            new Shape(Pattern.compile("(?<![\\p{L}])(?<mn>" + MONTH.substring(1)
                    + "(?![\\p{L}])\\.?\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(?<y>\\d{4})(?!\\d)" + TIME + ZONE,
                    FLAGS)),
            new Shape(Pattern.compile("(?<![\\d.])(?<a>\\d{1,2})\\s*[-/.]\\s*(?<b>\\d{1,2})\\s*[-/.]\\s*(?<y>\\d{4})(?!\\d)"
                    + TIME + ZONE, FLAGS)));

    private Dates() {}

    /** The first date in the text, numeric day/month order taken as day first. */
    public static Optional<Instant> parse(String text, ZoneId zone) {
        return parse(text, zone, DayMonthOrder.DMY);
    }

    /** The first date in the text; a date without offset is in {@code zone}, {@code order} settles 03/04/2026. */
    public static Optional<Instant> parse(String text, ZoneId zone, DayMonthOrder order) {
        if (text == null || text.isBlank() || zone == null || order == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text.length() > 4000 ? text.substring(0, 4000) : text,
                Normalizer.Form.NFKC);
        List<Candidate> found = new ArrayList<>();
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(s);
            int from = 0;
            while (from < s.length() && m.find(from)) {
                Instant i = toInstant(m, zone, order);
                if (i != null) {
                    found.add(new Candidate(m.start(), m.end() - m.start(), i));
                    break;
                }
                from = m.start() + 1;
            }
        }
        return found.stream()
                .min(Comparator.comparingInt(Candidate::start).thenComparing(c -> -c.length()))
                .map(Candidate::instant);
    }

    private record Shape(Pattern pattern) {}

    private record Candidate(int start, int length, Instant instant) {}

    private static Instant toInstant(Matcher m, ZoneId zone, DayMonthOrder order) {
        try {
            int year = Integer.parseInt(m.group("y"));
            if (year < 1900 || year > 2199) {
                return null;
            }
            int month;
            int day;
            if (has(m, "a")) {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                boolean dayFirst = a > 12 || (b <= 12 && order == DayMonthOrder.DMY);
                day = dayFirst ? a : b;
                month = dayFirst ? b : a;
            } else {
                day = Integer.parseInt(m.group("d"));
                month = has(m, "mo") ? Integer.parseInt(m.group("mo")) : monthNamed(m.group("mn"));
            }
            if (month < 1) {
                return null;
            }
            LocalDate date = LocalDate.of(year, month, day);
            int groups = m.groupCount();
            // the last six groups are hour, minute, second, am/pm, zone name, offset
            String hour = m.group(groups - 5);
            LocalTime time = LocalTime.MIDNIGHT;
            if (hour != null) {
                int h = Integer.parseInt(hour);
                int min = Integer.parseInt(m.group(groups - 4));
                int sec = m.group(groups - 3) == null ? 0 : Integer.parseInt(m.group(groups - 3));
                String ampm = m.group(groups - 2);
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    if (h < 1 || h > 12) {
                        return null;
                    }
                    h = h % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(h, min, sec);
            }
            ZoneId z = zone;
            String name = m.group(groups - 1);
            String offset = m.group(groups);
            if (hour != null && name != null) {
                ZoneId named = ZONES.get(name.toLowerCase(Locale.ROOT));
                if (named != null) {
                    z = named;
                }
            }
            if (hour != null && offset != null) {
                z = ZoneOffset.of(offset.length() == 3 ? offset : offset.length() == 5
                        ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
            }
            return LocalDateTime.of(date, time).atZone(z).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null; // not a real date (31 February, hour 25): the caller looks further
        }
    }

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false; // this shape has no such part
        }
    }

    private static int monthNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.startsWith("tháng")) {
            String rest = n.substring("tháng".length()).trim();
            if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
                return Integer.parseInt(rest);
            }
        }
        return MONTHS.getOrDefault(n, -1);
    }
}
