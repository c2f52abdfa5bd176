package org.ipradar.country;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipradar.vocab.IpType;

/**
 * What every profile must hold, shipped or edited: both names, every section with at least one fact, each fact with
 * a unique id, text in both languages, a source with an http(s) address, a last-reviewed date and, when flagged, a note
 * saying what to check; the treaties section with exactly the four treaties; the laws covering patents, trademarks,
 * designs and copyright between them.
 */
final class ProfileRules {
    /** Longest fact text in either language. */
    static final int MAX_TEXT = 4000;
    /** Longest note, name or source name. */
    static final int MAX_SHORT = 1000;
    /** Longest address. */
    static final int MAX_URL = 2000;
    /** Most facts in one section. */
    static final int MAX_FACTS = 100;

    private static final Pattern ID = ProfileCodec.ID;
    private static final List<String> LAW_TYPES = List.of("patent", "trademark", "design", "copyright");

    private ProfileRules() {}

    /**
     * Checks a profile's content, throwing {@link CountryException} with the field path at fault.
     *
     * @param code the profile's code
     * @param c the content
     * @param notAfter the latest allowed last-reviewed date (today, for an edit), or null to allow any
     * @param prefix what paths start with: {@code sections.} for JSON, nothing for the YAML files
     */
    static void check(String code, ProfileCodec.Content c, LocalDate notAfter, String prefix) {
        if (c.code() != null && !c.code().equals(code)) {
            throw ProfileCodec.invalid("code", "the profile says code " + c.code() + " but is saved as " + code);
        }
        text(c.nameZh(), "name.zh", MAX_SHORT);
        text(c.nameEn(), "name.en", MAX_SHORT);
        Set<String> ids = new HashSet<>();
        for (Section s : Section.values()) {
            List<Fact> facts = c.sections().get(s);
            String where = prefix + s.wire();
            if (facts == null || facts.isEmpty()) {
                throw ProfileCodec.invalid(where, where + " needs at least one fact");
            }
            if (facts.size() > MAX_FACTS) {
                throw ProfileCodec.invalid(where, where + " has " + facts.size() + " facts; at most " + MAX_FACTS
                        + " are allowed");
            }
            for (int i = 0; i < facts.size(); i++) {
                Fact f = facts.get(i);
                String p = where + "[" + i + "]";
                fact(f, p, notAfter);
                if (!ids.add(f.id())) {
                    throw ProfileCodec.invalid(p + ".id", p + ".id \"" + f.id() + "\" is used by an earlier fact;"
                            + " ids must be unique in a profile");
                }
                if (s == Section.TREATIES && f.membership() == null) {
                    throw ProfileCodec.invalid(p + ".member", p + " (" + f.id() + ") must say member: true or false");
                }
                if (s != Section.TREATIES && f.membership() != null) {
                    throw ProfileCodec.invalid(p + ".member", p + " (" + f.id() + "): member belongs in the"
                            + " treaties section only");
                }
            }
        }
        Set<Treaty> treaties = EnumSet.noneOf(Treaty.class);
        c.sections().get(Section.TREATIES).forEach(f -> treaties.add(f.membership().treaty()));
        if (!treaties.equals(EnumSet.allOf(Treaty.class))) {
            Set<Treaty> missing = EnumSet.allOf(Treaty.class);
            missing.removeAll(treaties);
            throw ProfileCodec.invalid(prefix + "treaties", prefix + "treaties must state every treaty; missing: "
                    + missing.stream().map(Treaty::wire).toList());
        }
        Set<String> covered = new HashSet<>();
        c.sections().get(Section.LAWS).forEach(f -> covered.addAll(f.ipTypes()));
        for (String t : LAW_TYPES) {
            if (!covered.contains(t)) {
                throw ProfileCodec.invalid(prefix + "laws", prefix + "laws must name the law for each of " + LAW_TYPES
                        + " in some fact's ipTypes; none covers " + t);
            }
        }
    }

    /** Checks one fact, whose path is {@code where}. */
    static void fact(Fact f, String where, LocalDate notAfter) {
        if (f.id() == null || !ID.matcher(f.id()).matches()) {
            throw ProfileCodec.invalid(where + ".id", where + ".id must be lower-case letters, digits and '_',"
                    + " starting with a letter, at most 40 (got " + (f.id() == null ? "nothing" : "\"" + f.id() + "\"")
                    + ")");
        }
        String p = where + " (" + f.id() + ")";
        text(f.zh(), p + ".zh", MAX_TEXT);
        text(f.en(), p + ".en", MAX_TEXT);
        if (f.source() == null) {
            throw ProfileCodec.invalid(where + ".source", p + " needs its source: {name: ..., url: https://...}");
        }
        text(f.source().name(), p + ".source.name", MAX_SHORT);
        url(f.source().url(), p + ".source.url");
        if (f.lastReviewed() == null) {
            throw ProfileCodec.invalid(where + ".lastReviewed", p + " needs its lastReviewed date");
        }
        if (f.lastReviewed().getYear() < 1990) {
            throw ProfileCodec.invalid(where + ".lastReviewed", p + ".lastReviewed " + f.lastReviewed()
                    + " is before 1990; is it a typo?");
        }
        if (notAfter != null && f.lastReviewed().isAfter(notAfter)) {
            throw ProfileCodec.invalid(where + ".lastReviewed", p + ".lastReviewed " + f.lastReviewed()
                    + " is in the future (today is " + notAfter + ")");
        }
        if (f.review() && f.noteZh() == null && f.noteEn() == null) {
            throw ProfileCodec.invalid(where + ".noteZh", p + " is flagged for review; say what to check in noteZh"
                    + " or noteEn");
        }
        optionalText(f.noteZh(), p + ".noteZh", MAX_SHORT);
        optionalText(f.noteEn(), p + ".noteEn", MAX_SHORT);
        for (String t : f.ipTypes()) {
            try {
                IpType.parse(t);
            } catch (IllegalArgumentException e) {
                throw ProfileCodec.invalid(where + ".ipTypes", p + ".ipTypes " + e.getMessage());
            }
        }
        if (f.website() != null) {
            url(f.website(), p + ".website");
        }
        if (f.membership() != null && f.membership().since() != null) {
            int y = f.membership().since();
            if (!f.membership().member() || y < 1883 || y > 2100) {
                throw ProfileCodec.invalid(where + ".since", p + ".since must be the year membership took effect"
                        + " (1883 or later), and only for member: true (got " + y + ")");
            }
        }
    }

    private static void text(String s, String where, int max) {
        if (s == null) {
            throw ProfileCodec.invalid(where, where + " must not be empty");
        }
        optionalText(s, where, max);
    }

    private static void optionalText(String s, String where, int max) {
        if (s != null && s.length() > max) {
            throw ProfileCodec.invalid(where, where + " is " + s.length() + " characters; at most " + max
                    + " are allowed");
        }
    }

    /** Whether the text is an absolute http(s) address with a host. */
    static boolean isWebAddress(String s) {
        if (s == null || s.length() > MAX_URL) {
            return false;
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void url(String s, String where) {
        if (!isWebAddress(s)) {
            throw ProfileCodec.invalid(where, where + " must be an http(s) address such as https://www.wipo.int/..."
                    + " (got " + (s == null ? "nothing" : "\"" + s + "\"") + ")");
        }
    }
}
