package org.ipradar.patent.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises IPC and CPC symbols to {@code H01L 21/02}: from the slash forms ({@code H05K9/0066},
 * {@code B41J   3/407       20060101AFI20140331BHEP}, {@code B05B 7/ 00 A I}, {@code // A01N43/08}), the old EPO
 * forms with an edition prefix ({@code 7C 07C  29/44   A}), and the USPTO/Greenbook fixed-width form without a slash
 * ({@code A45F  504} is {@code A45F 5/04}: main group right-aligned in three places, then the subgroup).
 */
final class Classifications {
    private static final Pattern SUBCLASS = Pattern.compile(
            "^(?:[0-9]{1,2}\\s*(?=[A-HY]\\s*[0-9]))?([A-HY])\\s*([0-9])\\s*([0-9])\\s*([A-Z])(.*)$");
    private static final Pattern SLASHED = Pattern.compile("^\\s*([0-9]{1,4})\\s*/\\s*([0-9]{1,6}).*$");
    private static final Pattern FIXED = Pattern.compile("^( *[0-9]+)(?<=^.{3})([0-9]{2,6})(?:\\s.*)?$");

    private Classifications() {}

    /** The normalised symbol, or empty when the text is not an IPC/CPC group symbol (a Locarno class, say). */
    static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceFirst("^[\\s/]+", "");
        Matcher m = SUBCLASS.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String subclass = m.group(1) + m.group(2) + m.group(3) + m.group(4);
        String rest = m.group(5);
        Matcher slashed = SLASHED.matcher(rest);
        String group;
        String subgroup;
        if (slashed.matches()) {
            group = slashed.group(1);
            subgroup = slashed.group(2);
        } else {
            // fixed width: three places of main group, right-aligned, then the subgroup
            if (rest.length() < 5) {
                return Optional.empty();
            }
            Matcher fixed = FIXED.matcher(rest);
            if (!fixed.matches()) {
                return Optional.empty();
            }
            group = fixed.group(1).strip();
            subgroup = fixed.group(2);
        }
        group = group.replaceFirst("^0+(?=[0-9])", "");
        if (subgroup.length() == 1) {
            subgroup = subgroup + "0";
        }
        return Optional.of(subclass + " " + group + "/" + subgroup);
    }

    /** The symbol assembled from the parts DOCDB and ICE XML give separately (section, class, subclass, groups). */
    static Optional<String> fromParts(String section, String clazz, String subclass, String mainGroup,
            String subgroup) {
        if (isBlank(section) || isBlank(clazz) || isBlank(subclass) || isBlank(mainGroup) || isBlank(subgroup)) {
            return Optional.empty();
        }
        return normalize(section.strip() + clazz.strip() + subclass.strip() + " " + mainGroup.strip() + "/"
                + subgroup.strip());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
