package org.ipradar.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: 8 to 1,024 characters (any script, emoji included), not on the list of common
 * passwords, and not containing the user name. Lengths are checked before anything is hashed, so a megabyte of
 * "password" costs nothing.
 */
public final class PasswordPolicy {
    /** The fewest characters (code points) a password may have. */
    public static final int MIN_LENGTH = 8;
    /** The most characters (code points) a password may have; longer ones are refused before hashing. */
    public static final int MAX_LENGTH = 1024;

    private static final String LIST = "common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the built-in list of common passwords. */
    public static PasswordPolicy standard() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the resource org/ipradar/auth/" + LIST + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of common passwords: " + e.getMessage(), e);
        }
        return new PasswordPolicy(words);
    }

    /** How many common passwords the policy refuses. */
    public int commonCount() {
        return common.size();
    }

    /** Whether a password is too long to be worth hashing: the cheap guard used at login too. */
    public static boolean tooLong(String password) {
        // a UTF-16 length within the limit is always within it in code points; only count when it might not be
        return password.length() > MAX_LENGTH && password.codePointCount(0, password.length()) > MAX_LENGTH;
    }

    /** The password as it is hashed: Unicode NFKC, so the same characters typed on any keyboard match. */
    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** Throws an {@link AuthException} with a sentence saying why the password cannot be used by this user. */
    public void check(String userName, String password) {
        if (password == null || password.isEmpty()) {
            throw new AuthException("password_missing", "password", "a password is required");
        }
        if (tooLong(password)) {
            throw new AuthException("password_too_long", "password",
                    "a password has at most " + MAX_LENGTH + " characters");
        }
        String p = normalize(password);
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) {
            throw new AuthException("password_too_short", "password",
                    "a password has at least " + MIN_LENGTH + " characters (this one has " + length + ")");
        }
        if (length > MAX_LENGTH) {
            throw new AuthException("password_too_long", "password",
                    "a password has at most " + MAX_LENGTH + " characters");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new AuthException("password_common", "password",
                    "this password is on the list of commonly used passwords; choose another");
        }
        String name = userName == null ? "" : UserNames.key(userName);
        if (name.length() >= 3 && lower.contains(name)) {
            throw new AuthException("password_contains_name", "password", "a password must not contain the user name");
        }
        if (lower.contains("ipradar")) {
            throw new AuthException("password_contains_name", "password",
                    "a password must not contain the name of this service");
        }
    }
}
