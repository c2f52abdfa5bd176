package org.ipradar.patent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ipradar.index.ChineseFolding;

/**
 * Applicant and assignee names reduced to a comparable form: width and case folded, Traditional Chinese folded to
 * Simplified, punctuation turned into spaces, and legal-form suffixes dropped ({@code Inc.}, {@code Co., Ltd.},
 * {@code GmbH}, {@code 股份有限公司} ...), so that {@code Celgard, LLC} and {@code CELGARD LLC.} compare equal.
 */
public final class PartyNames {
    // Latin legal forms, as words after punctuation became spaces; dropped from the end, repeatedly, so that
    // "Co Ltd", "Company Limited" and "Pte Ltd" all go. Multi-word forms are listed with their spaces.
    private static final List<String> LATIN_SUFFIXES = List.of(
            "inc", "incorporated", "ltd", "limited", "co", "company", "corp", "corporation", "llc", "l l c", "llp",
            "lp", "gmbh", "mbh", "ag", "kg", "se", "sa", "s a", "sas", "sarl", "nv", "n v", "bv", "b v", "plc", "pte",
            "pty", "pvt", "private", "kk", "k k", "kabushiki kaisha", "yugen kaisha", "srl", "s r l", "spa", "s p a", "oy", "ab", "as", "a s", "aps", "tbk",
            "sdn bhd", "bhd", "jsc", "group", "holdings", "holding");
    // Chinese and Japanese legal forms, dropped from the end (and 株式会社 also from the front).
    private static final List<String> CJK_SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "株式会社", "有限会社");

    private PartyNames() {}

    /** The comparable form of a name; empty when nothing but punctuation and legal forms is left. */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = ChineseFolding.fold(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        s = b.toString().trim().replaceAll("\\s+", " ");
        if (s.startsWith("株式会社")) {
            s = s.substring("株式会社".length()).trim();
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String suffix : CJK_SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length()).trim();
                    changed = true;
                }
            }
            for (String suffix : LATIN_SUFFIXES) {
                if (s.endsWith(" " + suffix)) {
                    s = s.substring(0, s.length() - suffix.length() - 1).trim();
                    changed = true;
                }
            }
        }
        return s;
    }

    /**
     * Whether a party name matches a competitor's name: the competitor's normalised words appear in the party's, in
     * order and as whole words ({@code Samsung} matches {@code Samsung SDI Co., Ltd.}); Chinese names, which have no
     * spaces, match when the party's normalised name contains the competitor's.
     */
    public static boolean matches(String party, String competitor) {
        return matchesNormalized(normalize(party), normalize(competitor));
    }

    /** As {@link #matches}, for names already through {@link #normalize}. */
    public static boolean matchesNormalized(String p, String c) {
        if (p.isEmpty() || c.isEmpty()) {
            return false;
        }
        if (hasHan(c)) {
            return p.contains(c);
        }
        List<String> pw = Arrays.asList(p.split(" "));
        List<String> cw = Arrays.asList(c.split(" "));
        for (int i = 0; i + cw.size() <= pw.size(); i++) {
            if (pw.subList(i, i + cw.size()).equals(cw)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct normalised names of a record's applicants and assignees, non-empty ones only, in order. */
    public static List<String> of(PatentRecord record) {
        List<String> out = new ArrayList<>();
        for (List<String> names : List.of(record.assignees(), record.applicants())) {
            for (String n : names) {
                String k = normalize(n);
                if (!k.isEmpty() && !out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
