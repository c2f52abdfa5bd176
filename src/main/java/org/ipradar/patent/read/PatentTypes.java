package org.ipradar.patent.read;

import java.util.Locale;

/** The type of a patent ({@code utility}, {@code design}, {@code plant}, {@code reissue}) from what the data says. */
final class PatentTypes {
    private PatentTypes() {}

    /** The type the number and kind code imply, or empty when they imply none. */
    static String of(String jurisdiction, String number, String kind) {
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        String n = number == null ? "" : number.toUpperCase(Locale.ROOT);
        if ("US".equals(jurisdiction)) {
            if (n.startsWith("D") || k.startsWith("S")) {
                return "design";
            }
            if (n.startsWith("PP") || k.startsWith("P")) {
                return "plant";
            }
            if (n.startsWith("RE") || k.startsWith("E")) {
                return "reissue";
            }
            return k.isEmpty() && n.isEmpty() ? "" : "utility";
        }
        if (k.startsWith("S")) {
            return "design";
        }
        return k.isEmpty() ? "" : "utility";
    }

    /**
     * Whether a publication of this kind is itself a grant, so that its publication date is the grant date: B
     * documents of the offices that publish grants as B (EP, US, CN, JP, KR, TW, AU...), US reissues (E) and plant
     * patents (P2, P3), and the Chinese utility models (U) and designs (S) that are registered when published.
     */
    static boolean isGrant(String jurisdiction, String kind) {
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        return switch (jurisdiction) {
            case "EP", "CN", "JP", "KR", "TW", "AU", "GB" -> k.startsWith("B") || jurisdiction.equals("CN")
                    && (k.startsWith("U") || k.startsWith("S") || k.startsWith("C"));
            case "US" -> k.startsWith("B") || k.startsWith("E") || k.equals("P2") || k.equals("P3")
                    || k.startsWith("S");
            default -> false;
        };
    }

    /** The type an application-type word names: USPTO {@code appl-type}, or a database's type column. */
    static String fromWord(String word) {
        if (word == null) {
            return "";
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.contains("design") || w.contains("外观") || w.contains("外觀")) {
            return "design";
        }
        if (w.contains("plant")) {
            return "plant";
        }
        if (w.contains("reissue")) {
            return "reissue";
        }
        if (w.contains("utility") || w.contains("invention") || w.contains("发明") || w.contains("實用")
                || w.contains("实用新型") || w.contains("發明") || w.equals("patent")) {
            return "utility";
        }
        return "";
    }
}
