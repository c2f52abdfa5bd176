package org.ipradar.auth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** User names: letters of any script, digits and {@code . _ - @}, at most 64 characters, unique ignoring case. */
public final class UserNames {
    /** The longest name, in characters (code points). */
    public static final int MAX_LENGTH = 64;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}._@-]*");

    private UserNames() {}

    /** The name in its stored form (NFKC, trimmed), or an {@link AuthException} saying what is wrong with it. */
    public static String normalize(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (name.isEmpty()) {
            throw new AuthException("invalid_name", "name", "a user name is required");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            throw new AuthException("invalid_name", "name",
                    "a user name has at most " + MAX_LENGTH + " characters (this one has " + length + ")");
        }
        if (!NAME.matcher(name).matches()) {
            throw new AuthException("invalid_name", "name", "a user name starts with a letter or digit and holds"
                    + " only letters, digits and . _ - @ (got \"" + name + "\")");
        }
        return name;
    }

    /** The key that makes names unique ignoring case; for any text, valid name or not. */
    public static String key(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        return name.toLowerCase(Locale.ROOT);
    }
}
