package org.ipradar.patent.read;

/** Guesses the language of a text from its script, for exports that do not say. */
final class Languages {
    private Languages() {}

    /** {@code ja} with kana, {@code ko} with Hangul, {@code zh} with Han, {@code en} with Latin letters, else empty. */
    static String guess(String text) {
        boolean han = false;
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HIRAGANA, KATAKANA -> {
                    return "ja";
                }
                case HANGUL -> {
                    return "ko";
                }
                case HAN -> han = true;
                case LATIN -> latin = true;
                default -> {
                    // digits, punctuation and the rest say nothing
                }
            }
        }
        return han ? "zh" : latin ? "en" : "";
    }
}
