package org.ipradar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules: lengths in characters of any script, the common list, the user's name; checked cheaply. */
class PasswordPolicyTest {
    static final PasswordPolicy POLICY = PasswordPolicy.standard();

    private static AuthException refused(String name, String password) {
        return assertThrows(AuthException.class, () -> POLICY.check(name, password));
    }

    @Test
    void sevenCharactersAreTooFewAndEightEnough() {
        AuthException e = refused("alice", "k7#pQz2");
        assertEquals("password_too_short", e.code());
        assertEquals("password", e.field());
        assertEquals("a password has at least 8 characters (this one has 7)", e.getMessage());
        POLICY.check("alice", "k7#pQz2w");
    }

    @Test
    void charactersAreCountedAsPeopleSeeThemNotAsUtf16Units() {
        // 4 emoji are 8 UTF-16 units but 4 characters
        assertEquals("a password has at least 8 characters (this one has 4)",
                refused("alice", "🔑🔒🗝🛡").getMessage());
        POLICY.check("alice", "🔑🔒🗝🛡🔑🔒🗝🛡");
        assertEquals("a password has at least 8 characters (this one has 7)",
                refused("alice", "海外知识产权预").getMessage());
        POLICY.check("alice", "海外知识产权预警库");
    }

    @Test
    void sixtyFourAndTenTwentyFourCharactersAreAcceptedAndOneMoreIsNot() {
        POLICY.check("alice", "x9".repeat(32));
        POLICY.check("alice", "a1b2".repeat(256));
        AuthException e = refused("alice", "a1b2".repeat(256) + "c");
        assertEquals("password_too_long", e.code());
        assertEquals("a password has at most 1024 characters", e.getMessage());
    }

    @Test
    void aMegabytePasswordIsRefusedAtOnce() {
        String huge = "y".repeat(1024 * 1024);
        long start = System.nanoTime();
        assertEquals("password_too_long", refused("alice", huge).code());
        assertEquals(true, PasswordPolicy.tooLong(huge));
        assertEquals(false, PasswordPolicy.tooLong("y".repeat(1024)));
        // no hashing, no normalizing of a megabyte: well under the time of one Argon2 hash
        assertEquals(true, System.nanoTime() - start < 50_000_000L, "took " + (System.nanoTime() - start) + " ns");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PassWord1", "12345678", "qwertyuiop", "woaini1314", "1qaz2wsx", "88888888"})
    void commonPasswordsAreRefusedIgnoringCase(String common) {
        AuthException e = refused("alice", common);
        assertEquals("password_common", e.code());
        assertEquals("this password is on the list of commonly used passwords; choose another", e.getMessage());
    }

    @Test
    void theListHasItsEntries() {
        assertEquals(153, POLICY.commonCount());
    }

    @ParameterizedTest
    @CsvSource({
        "Alice, xxALICExx-2026, a password must not contain the user name",
        "编辑王, 编辑王的密码很长很长, a password must not contain the user name",
        "bob, my-ipRadar-pass, a password must not contain the name of this service"})
    void aPasswordMayNotContainTheUserOrServiceName(String name, String password, String message) {
        AuthException e = refused(name, password);
        assertEquals("password_contains_name", e.code());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aTwoLetterNameInsideAPasswordIsNoProblem() {
        POLICY.check("jo", "majority-of-jobs");
    }

    @Test
    void fullWidthCharactersCountAfterNormalizing() {
        // full-width letters fold to ASCII under NFKC, so this is the common "password"
        assertEquals("password_common", refused("alice", "ｐａｓｓｗｏｒｄ").code());
    }

    @Test
    void anEmptyPasswordIsMissing() {
        assertEquals("a password is required", refused("alice", "").getMessage());
    }
}
