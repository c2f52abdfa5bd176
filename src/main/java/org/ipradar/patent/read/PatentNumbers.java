package org.ipradar.patent.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits publication numbers as databases print them ({@code US2013012345A1}, {@code CN 112345678 B},
 * {@code EP 1 234 567 B1}, {@code US-2013012345-A1}, {@code USD512,345 S}, {@code VN1-2020-01234}) into
 * jurisdiction, number and kind, and normalises the number the way {@link org.ipradar.patent.PatentRecord} keeps it.
 *
 * <p>Normalisation: separators (spaces, commas, dots, slashes, hyphens) are removed, except the hyphens of a
 * type-year-serial number such as {@code 1-2020-01234} (Viet Nam, the Philippines, Korea), where they carry meaning;
 * US grant numbers lose their leading zeros ({@code 06836899} → {@code 6836899}, {@code D0651486} →
 * {@code D651486}); a US pre-grant publication in the ten-digit DOCDB form ({@code 2013012345}) gets the USPTO's
 * eleven digits ({@code 20130012345}); EP numbers are seven digits ({@code 560858} → {@code 0560858}).
 */
public final class PatentNumbers {
    private static final Pattern HEAD = Pattern.compile("^([A-Z]{2})[\\s\\-.:]*(.+)$");
    private static final Pattern TAIL = Pattern.compile("^(.*?[0-9])[\\s\\-.]*([A-Z][0-9]?)$");
    private static final Pattern BODY = Pattern.compile("^([A-Z]{1,3})?[\\s\\-.]*([0-9][0-9\\s,./\\-]*)$");
    private static final Pattern TYPE_YEAR_SERIAL = Pattern.compile("^[0-9]{1,2}-(?:19|20)[0-9]{2}-[0-9]+$");
    private static final Pattern US_PUBLICATION_DOCDB = Pattern.compile("^((?:19|20)[0-9]{2})([0-9]{6})$");

    private PatentNumbers() {}

    /**
     * Parses a publication number that starts with its jurisdiction.
     *
     * @throws IllegalArgumentException naming the text when it is not a publication number
     */
    public static PublicationNumber parse(String text) {
        PublicationNumber parsed = parse(text, "");
        if (parsed.jurisdiction().isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" names no jurisdiction (such as US, CN, EP)");
        }
        return parsed;
    }

    /**
     * Parses a publication number; when the text does not start with a jurisdiction, {@code defaultJurisdiction}
     * (which may be empty) is used.
     *
     * @throws IllegalArgumentException naming the text when it is not a publication number
     */
    public static PublicationNumber parse(String text, String defaultJurisdiction) {
        Optional<PublicationNumber> parsed = tryParse(text, defaultJurisdiction);
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a publication number");
        }
        return parsed.get();
    }

    /** Parses a publication number, or empty when the text is not one. */
    public static Optional<PublicationNumber> tryParse(String text, String defaultJurisdiction) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        s = s.replaceAll("^[\"'“”]+|[\"'“”]+$", "").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String jurisdiction = defaultJurisdiction == null ? "" : defaultJurisdiction.strip().toUpperCase(Locale.ROOT);
        String rest = s;
        Matcher head = HEAD.matcher(s);
        if (head.matches() && !startsWithPrefixOnly(s)) {
            jurisdiction = head.group(1);
            rest = head.group(2);
        }
        String kind = "";
        Matcher tail = TAIL.matcher(rest);
        if (tail.matches()) {
            rest = tail.group(1);
            kind = tail.group(2);
        }
        return normalizeBody(jurisdiction, rest, kind);
    }

    /**
     * Normalises a number already split by the source (as in XML, where country, doc-number and kind are separate
     * elements).
     *
     * @throws IllegalArgumentException naming the number when it is not one
     */
    public static PublicationNumber normalize(String jurisdiction, String number, String kind) {
        String cc = jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT);
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        String n = number == null ? "" : Normalizer.normalize(number, Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT);
        // DOCDB and epodoc numbers sometimes repeat the country ("EP2400812")
        if (!cc.isEmpty() && n.startsWith(cc) && n.length() > 2 && Character.isDigit(n.charAt(2))) {
            n = n.substring(2);
        }
        return normalizeBody(cc, n, k).orElseThrow(() -> new IllegalArgumentException(
                "\"" + cc + " " + number + " " + k + "\" is not a publication number"));
    }

    /** Whether the text starts with a US-style number prefix (D, RE, PP...) rather than a country code. */
    private static boolean startsWithPrefixOnly(String s) {
        // "RE41234" or "PP12345" without a country are US-style numbers whose prefix looks like a country code
        return s.matches("^(RE|PP)[0-9].*");
    }

    private static Optional<PublicationNumber> normalizeBody(String jurisdiction, String body, String kind) {
        Matcher m = BODY.matcher(body.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        String raw = m.group(2).strip();
        String digits;
        if (TYPE_YEAR_SERIAL.matcher(raw).matches()) {
            digits = raw;
        } else {
            digits = raw.replaceAll("[\\s,./\\-]", "");
        }
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(digits.length() - 1))) {
            return Optional.empty();
        }
        String number;
        switch (jurisdiction) {
            case "US" -> number = usNumber(prefix, digits, kind);
            case "EP" -> number = prefix + (prefix.isEmpty() && digits.length() < 7
                    ? "0".repeat(7 - digits.length()) + digits : digits);
            default -> number = prefix + digits;
        }
        return Optional.of(new PublicationNumber(jurisdiction, number, kind));
    }

    private static String usNumber(String prefix, String digits, String kind) {
        String p = prefix.equals("PLT") ? "PP" : prefix;
        if (digits.contains("-")) {
            return p + digits;
        }
        if (p.isEmpty()) {
            Matcher docdb = US_PUBLICATION_DOCDB.matcher(digits);
            if (docdb.matches() && (kind.isEmpty() || kind.startsWith("A"))) {
                return docdb.group(1) + "0" + docdb.group(2);
            }
            if (digits.length() == 11 && (digits.startsWith("19") || digits.startsWith("20"))) {
                return digits;
            }
        }
        String stripped = digits.replaceFirst("^0+(?=[0-9])", "");
        return p + stripped;
    }
}
