package org.ipradar.glossary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One concept of the glossary: its Chinese and English terms, what kind of name it is, and where it came from.
 *
 * @param type what kind of name it is
 * @param zh Simplified Chinese terms, one or more; the first is the concept's key, which an editor's entry uses to
 *     replace a shipped one
 * @param zhHant Traditional forms of the zh terms, where they differ from them
 * @param en English terms and variants, one or more
 * @param country the ISO 3166-1 alpha-2 code (or EU, WO) of the country the name belongs to, or empty
 * @param source where the pairing comes from: {@code cedict}, {@code country-list}, {@code curated}, {@code editor}
 * @param note a remark for editors, or empty
 * @param file the name of the file the entry was read from
 * @param line the entry's line in that file
 */
public record Entry(
        Type type,
        List<String> zh,
        List<String> zhHant,
        List<String> en,
        String country,
        String source,
        String note,
        String file,
        int line) {

    /** Kinds of glossary entry, written in lower case in the file. */
    public enum Type {
        TERM, PROCEDURE, LAW, TREATY, ORGANISATION, OFFICE, COURT, COUNTRY, REGION, CAPITAL, CITY;

        /** The spelling used in the glossary file. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type a file spells this way, if any. */
        public static Optional<Type> parse(String label) {
            return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
        }

        /** Every spelling, comma-separated, for error messages. */
        public static String labels() {
            return Arrays.stream(values()).map(Type::label).collect(Collectors.joining(", "));
        }
    }

    public Entry {
        zh = List.copyOf(zh);
        zhHant = List.copyOf(zhHant);
        en = List.copyOf(en);
        if (zh.isEmpty() || en.isEmpty()) {
            throw new IllegalArgumentException("an entry needs a zh and an en term (" + file + ":" + line + ")");
        }
    }

    /** The concept's key: its first Simplified term. */
    public String key() {
        return zh.get(0);
    }

    /** Where the entry was read, as {@code file:line}. */
    public String origin() {
        return file + ":" + line;
    }
}
