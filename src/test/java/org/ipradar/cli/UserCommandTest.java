package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthSettings;
import org.ipradar.auth.Principal;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user}: accounts from the command line, the password from standard input, exact output and exit codes. */
class UserCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int exit = Cli.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    private String data() {
        return dir.toString();
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    @Test
    void addReadsThePasswordFromStandardInputAndTheUserCanSignIn() {
        Run r = run("s3cret-enough-for-us\n", "user", "add", "Alice", "--role", "editor,admin", "--data", data());
        assertEquals(new Run(0, lines("created user Alice (editor,admin)"), ""), r);
        try (Database db = Database.open(dir)) {
            Auth auth = Auth.open(db, new AuditStore(db, Clock.systemUTC()), AuthSettings.defaults());
            assertEquals("Alice", auth.login("alice", "s3cret-enough-for-us", "cli-test").user().name());
            assertEquals("cli:" + System.getProperty("user.name"),
                    auth.audit().list(new AuditStore.Query(null, "user_created", 1, 0)).entries().get(0).actor());
        }
    }

    @Test
    void badInputExitsTwoWithTheReasonAndCreatesNothing() {
        assertEquals(new Run(2, "", lines("ipradar: unknown role \"author\"; use one of: editor, consultant, admin")),
                run("s3cret-enough-for-us\n", "user", "add", "bob", "--role", "author", "--data", data()));
        assertEquals(new Run(2, "", lines("ipradar: this password is on the list of commonly used passwords; choose"
                + " another")), run("password123\n", "user", "add", "bob", "--role", "editor", "--data", data()));
        assertEquals(new Run(2, "", lines("ipradar: a password has at least 8 characters (this one has 5)")),
                run("short\n", "user", "add", "bob", "--role", "editor", "--data", data()));
        assertEquals(new Run(2, "", lines("ipradar: no password on standard input: type it at the prompt, or pipe it"
                + " in as the first line (for example from a password manager)")),
                run("", "user", "add", "bob", "--role", "editor", "--data", data()));
        assertEquals(new Run(0, lines("no users yet; create one with: ipradar user add NAME --role admin"), ""),
                run("", "user", "list", "--data", data()));
    }

    @Test
    void passwdSetsANewPasswordAndEnableUndoesDisable() {
        assertEquals(0, run("s3cret-enough-for-us\n", "user", "add", "erin", "--role", "editor", "--data", data())
                .exit());
        assertEquals(new Run(0, lines("new password set for erin; the user's sessions were ended"), ""),
                run("a-different-secret\n", "user", "passwd", "ERIN", "--data", data()));
        assertEquals(0, run("", "user", "disable", "erin", "--data", data()).exit());
        assertEquals(new Run(0, lines("enabled erin (editor)"), ""), run("", "user", "enable", "erin", "--data",
                data()));
        try (Database db = Database.open(dir)) {
            Auth auth = Auth.open(db, new AuditStore(db, Clock.systemUTC()), AuthSettings.defaults());
            assertEquals("SIGNED_IN", auth.login("erin", "a-different-secret", "cli-test").outcome().name());
            assertEquals(List.of("user_enabled", "user_disabled", "password_changed", "user_created"),
                    auth.audit().list(new AuditStore.Query(null, null, 10, 0)).entries().stream()
                            .map(e -> e.action()).filter(a -> !a.startsWith("login")).toList());
        }
    }

    @Test
    void thePasswordIsNeverAnArgument() {
        Run r = run("", "user", "add", "bob", "--role", "editor", "--password", "s3cret-enough", "--data", data());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("Unknown options: '--password', 's3cret-enough'"), r.err());
    }

    @Test
    void aNameTakenIgnoringCaseIsRefused() {
        assertEquals(0, run("s3cret-enough-for-us\n", "user", "add", "carol", "--role", "consultant", "--data",
                data()).exit());
        assertEquals(new Run(2, "", lines("ipradar: a user named \"CAROL\" already exists (names are compared"
                + " ignoring case)")), run("an0ther-secret-here\n", "user", "add", "CAROL", "--role", "editor",
                        "--data", data()));
    }

    @Test
    void tokensAreMadeListedAndRevokedAndDisablingAUserStopsThem() {
        assertEquals(0, run("s3cret-enough-for-us\n", "user", "add", "bot", "--role", "editor", "--data", data())
                .exit());
        Run made = run("", "user", "token", "bot", "--label", "nightly", "--data", data());
        assertEquals(0, made.exit());
        String token = made.out().strip();
        assertTrue(token.matches("ipr_[A-Za-z0-9_-]{43}"), made.out());
        assertEquals(lines("token 1 for bot: shown this once and stored only as a hash; send it as \"Authorization:"
                + " Bearer TOKEN\". Revoke it with: ipradar user token bot --revoke 1"), made.err());
        try (Database db = Database.open(dir)) {
            Auth auth = Auth.open(db, new AuditStore(db, Clock.systemUTC()), AuthSettings.defaults());
            Principal p = auth.token(token).orElseThrow();
            assertEquals("bot", p.name());
        }
        Run listed = run("", "user", "token", "bot", "--list", "--data", data());
        assertEquals(0, listed.exit());
        String[] rows = listed.out().split(System.lineSeparator());
        assertEquals("ID     LABEL                    CREATED            LAST USED          STATUS", rows[0]);
        assertTrue(rows[1].matches("1      nightly                  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ  "
                + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ  active"), rows[1]);
        assertEquals(new Run(2, "", lines("ipradar: user bot has no working token 7")),
                run("", "user", "token", "bot", "--revoke", "7", "--data", data()));
        assertEquals(new Run(0, lines("revoked 1 token(s) of bot"), ""),
                run("", "user", "token", "bot", "--revoke", "1", "--data", data()));
        assertEquals(new Run(0, lines("disabled bot; its sessions were ended and its tokens no longer work"), ""),
                run("", "user", "disable", "bot", "--data", data()));
        Run list = run("", "user", "list", "--data", data());
        assertTrue(list.out().startsWith(lines("NAME                     ROLES                      STATUS    CREATED"
                + "            PASSWORD SET")), list.out());
        assertTrue(list.out().contains("bot                      editor                     disabled  "), list.out());
        assertEquals(new Run(2, "", lines("ipradar: no user is named \"nobody\"")),
                run("", "user", "disable", "nobody", "--data", data()));
        assertEquals(new Run(0, lines("roles of bot (consultant, disabled) take effect on the user's next request"),
                ""), run("", "user", "role", "bot", "--role", "consultant", "--data", data()));
    }
}
