package org.ipradar.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's language from its scripts, then for Latin script from Vietnamese letters and common words.
 * Good enough to pick analyzers for news text; a source's declared {@code lang} always wins.
 */
public final class LanguageGuesser {
    private static final String VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("en", Set.of("the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "was", "by"));
        WORDS.put("id", Set.of("yang", "dan", "di", "untuk", "dengan", "ini", "dari", "dalam", "pada", "tidak",
                "akan", "oleh", "bisa"));
        WORDS.put("ms", Set.of("yang", "dan", "di", "untuk", "dengan", "ini", "dari", "dalam", "pada", "tidak",
                "akan", "oleh", "boleh", "kerana", "daripada"));
        WORDS.put("fr", Set.of("le", "la", "les", "des", "et", "est", "du", "une", "pour", "dans", "sur"));
        WORDS.put("es", Set.of("el", "la", "los", "las", "y", "que", "de", "en", "por", "una", "del"));
        WORDS.put("pt", Set.of("o", "os", "que", "de", "não", "em", "uma", "do", "da", "para", "com"));
        WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu"));
    }

    private LanguageGuesser() {}

    /** The ISO 639-1 code of the text's language; {@code hint} (a tag like en-US, or null) settles Latin ties. */
    public static String guess(String text, String hint) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int thai = 0;
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int khmer = 0;
        int lao = 0;
        int myanmar = 0;
        int viet = 0;
        int letters = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case THAI -> thai++;
                case LATIN -> {
                    latin++;
                    if (VIETNAMESE.indexOf(cp) >= 0) {
                        viet++;
                    }
                }
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case KHMER -> khmer++;
                case LAO -> lao++;
                case MYANMAR -> myanmar++;
                default -> {}
            }
        }
        if (letters == 0) {
            return hintLanguage(hint, "en");
        }
        // A Han character carries a word's worth of meaning; a Latin letter a fifth of one.
        if (han > 0 && han * 5 >= latin && han >= kana * 4 && han >= hangul) {
            return "zh";
        }
        if (kana > 0 && kana + han >= letters / 3) {
            return "ja";
        }
        int[] counts = {hangul, thai, cyrillic, arabic, khmer, lao, myanmar};
        String[] codes = {"ko", "th", "ru", "ar", "km", "lo", "my"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] * 2 >= letters) {
                return codes[i];
            }
        }
        if (latin > 0 && viet * 100 >= latin * 3) {
            return "vi";
        }
        return latinLanguage(lower, hintLanguage(hint, "en"));
    }

    private static String latinLanguage(String lower, String fallback) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String w : lower.split("[^\\p{L}]+")) {
            for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    votes.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = fallback;
        int bestVotes = 2; // too few common words: keep the hint
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes || e.getValue() == bestVotes && e.getKey().equals(fallback)) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    private static String hintLanguage(String hint, String fallback) {
        if (hint == null || hint.isBlank()) {
            return fallback;
        }
        String code = hint.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return code.matches("[a-z]{2}") ? code : fallback;
    }
}
