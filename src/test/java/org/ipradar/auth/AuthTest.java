package org.ipradar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ipradar.store.AuditEntry;
import org.ipradar.store.AuditEvent;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import org.ipradar.store.StoreException;
import org.ipradar.testing.TestAuth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts, sign-in, sessions, tokens and their audit entries over a real SQLite file, on a clock the test moves. */
class AuthTest {
    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-02T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @TempDir
    Path dir;

    final MovingClock clock = new MovingClock();
    Database db;
    AuditStore audit;
    Auth auth;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        audit = new AuditStore(db, clock);
        auth = new Auth(db, audit, AuthSettings.defaults(), TestAuth.cheapHasher(), PasswordPolicy.standard(),
                LoginLimiter.standard(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> actions() {
        return audit.list(new AuditStore.Query(null, null, 500, 0)).entries().stream()
                .map(e -> e.actor() + " " + e.action() + " " + e.result()).toList().reversed();
    }

    @Test
    void addingAUserChecksTheNameRolesAndPasswordAndAuditsIt() {
        User u = auth.addUser("  Alice ", EnumSet.of(Role.EDITOR), TestAuth.PASSWORD, "cli:root");
        assertEquals("Alice", u.name());
        assertEquals(Set.of(Role.EDITOR), u.roles());
        assertEquals(clock.now, u.created());
        AuthException taken = assertThrows(AuthException.class,
                () -> auth.addUser("ALICE", EnumSet.of(Role.ADMIN), TestAuth.PASSWORD, "cli:root"));
        assertEquals("a user named \"ALICE\" already exists (names are compared ignoring case)", taken.getMessage());
        assertEquals("a user name starts with a letter or digit and holds only letters, digits and . _ - @ (got"
                + " \"<b>x</b>\")", assertThrows(AuthException.class,
                        () -> auth.addUser("<b>x</b>", EnumSet.of(Role.ADMIN), TestAuth.PASSWORD, "t")).getMessage());
        assertEquals("password_common", assertThrows(AuthException.class,
                () -> auth.addUser("bob", EnumSet.of(Role.ADMIN), "password1", "t")).code());
        assertEquals(List.of("cli:root user_created ok"), actions());
        AuditEntry e = audit.list(new AuditStore.Query(null, null, 1, 0)).entries().get(0);
        assertEquals(new AuditEntry(1, clock.now, "cli:root", "user_created", "user", "Alice",
                "created user Alice with role editor", "ok", null), e);
        assertEquals(1, auth.listUsers().size());
    }

    @Test
    void namesInAnyScriptAreUniqueIgnoringCase() {
        auth.addUser("王编辑", EnumSet.of(Role.EDITOR), TestAuth.PASSWORD, "t");
        auth.addUser("Dũng.Nguyen@vn", EnumSet.of(Role.CONSULTANT), TestAuth.PASSWORD, "t");
        assertEquals("Dũng.Nguyen@vn", auth.users().find("DŨNG.NGUYEN@VN").orElseThrow().name());
        assertEquals("a user name has at most 64 characters (this one has 65)", assertThrows(AuthException.class,
                () -> UserNames.normalize("a".repeat(65))).getMessage());
    }

    @Test
    void signingInStartsASessionThatIsFoundByItsIdOnly() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        LoginResult r = auth.login("ALICE", TestAuth.PASSWORD, "192.0.2.1");
        assertEquals(LoginResult.Outcome.SIGNED_IN, r.outcome());
        assertEquals(43, r.sessionId().length());
        Principal p = auth.session(r.sessionId()).orElseThrow();
        assertEquals("alice", p.name());
        assertEquals(Principal.Via.SESSION, p.via());
        assertEquals(Auth.csrfToken(r.sessionId()), p.csrf());
        // the database keeps only the hash of the id
        String stored = db.read(c -> {
            try (var st = c.prepareStatement("SELECT id_hash FROM sessions"); var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals(Secrets.sha256(r.sessionId()), stored);
        assertTrue(auth.session(stored).isEmpty(), "the stored hash is not a session id");
        assertTrue(auth.session("x" + r.sessionId().substring(1)).isEmpty());
        assertEquals(List.of("test user_created ok", "alice login ok"), actions());
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswerAndBothAreAudited() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        assertEquals(LoginResult.of(LoginResult.Outcome.WRONG), auth.login("alice", "not-the-password", "192.0.2.1"));
        assertEquals(LoginResult.of(LoginResult.Outcome.WRONG), auth.login("mallory", "whatever-it-is", "192.0.2.1"));
        assertEquals(LoginResult.of(LoginResult.Outcome.WRONG), auth.login("alice", "p".repeat(5000), "192.0.2.1"));
        List<AuditEntry> e = audit.list(new AuditStore.Query(null, "login_failed", 10, 0)).entries();
        assertEquals(List.of("alice wrong password 192.0.2.1", "mallory unknown user name 192.0.2.1",
                "alice wrong password 192.0.2.1"),
                e.reversed().stream().map(x -> x.actor() + " " + x.summary() + " " + x.address()).toList());
        assertTrue(e.stream().allMatch(x -> x.result().equals("denied")));
    }

    @Test
    void theSixthWrongAttemptIsThrottledEvenWithTheRightPassword() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertEquals(LoginResult.Outcome.WRONG, auth.login("alice", "wrong-" + i, "198.51.100." + i).outcome());
        }
        LoginResult r = auth.login("alice", TestAuth.PASSWORD, "198.51.100.9");
        assertEquals(LoginResult.Outcome.THROTTLED, r.outcome());
        assertEquals(180, r.retryAfterSeconds(), 1);
        assertNull(r.sessionId());
    }

    @Test
    void aDisabledUserCannotSignInAndItsSessionsAndTokensStopAtOnce() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        String s1 = auth.login("alice", TestAuth.PASSWORD, "a").sessionId();
        String s2 = auth.login("alice", TestAuth.PASSWORD, "b").sessionId();
        String token = auth.createToken("alice", "nightly", "t").secret();
        assertTrue(auth.token(token).isPresent());
        assertEquals(2, auth.sessionCount("alice"));
        auth.setDisabled("alice", true, "cli:root");
        assertEquals(0, auth.sessionCount("alice"));
        assertTrue(auth.session(s1).isEmpty());
        assertTrue(auth.session(s2).isEmpty());
        assertTrue(auth.token(token).isEmpty());
        assertEquals(LoginResult.Outcome.DISABLED, auth.login("alice", TestAuth.PASSWORD, "a").outcome());
        assertEquals(LoginResult.Outcome.WRONG, auth.login("alice", "wrong password", "a").outcome(),
                "a wrong password does not reveal that the account is disabled");
        auth.setDisabled("alice", false, "cli:root");
        assertTrue(auth.token(token).isPresent(), "tokens work again once the user is enabled");
    }

    @Test
    void aNewPasswordEndsEverySessionAndTheOldPasswordStopsWorking() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        String s = auth.login("alice", TestAuth.PASSWORD, "a").sessionId();
        clock.advance(Duration.ofMinutes(5));
        User u = auth.setPassword("alice", "a-brand-new-secret", "cli:root");
        assertEquals(clock.now, u.passwordChanged());
        assertTrue(auth.session(s).isEmpty());
        assertEquals(LoginResult.Outcome.WRONG, auth.login("alice", TestAuth.PASSWORD, "a").outcome());
        assertEquals(LoginResult.Outcome.SIGNED_IN, auth.login("alice", "a-brand-new-secret", "a").outcome());
        assertEquals("password_too_short", assertThrows(AuthException.class,
                () -> auth.setPassword("alice", "short", "t")).code());
    }

    @Test
    void aRoleChangeAppliesToTheNextRequestOfALiveSession() {
        TestAuth.add(auth, "alice", Role.ADMIN);
        String s = auth.login("alice", TestAuth.PASSWORD, "a").sessionId();
        assertEquals(Set.of(Role.ADMIN), auth.session(s).orElseThrow().user().roles());
        auth.setRoles("alice", EnumSet.of(Role.EDITOR), "cli:root");
        assertEquals(Set.of(Role.EDITOR), auth.session(s).orElseThrow().user().roles());
        assertEquals("roles admin -> editor", audit.list(new AuditStore.Query(null, "user_roles_changed", 1, 0))
                .entries().get(0).summary());
    }

    @Test
    void aSessionEndsAfterAnHourIdleOrTwelveHoursInAll() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        String idle = auth.login("alice", TestAuth.PASSWORD, "a").sessionId();
        String busy = auth.login("alice", TestAuth.PASSWORD, "a").sessionId();
        for (int i = 0; i < 11; i++) { // use one session every 59 minutes for 10h49m
            clock.advance(Duration.ofMinutes(59));
            assertTrue(auth.session(busy).isPresent(), "after " + (i + 1) * 59 + " minutes");
        }
        assertTrue(auth.session(idle).isEmpty(), "idle for more than an hour");
        clock.advance(Duration.ofMinutes(59));
        assertTrue(auth.session(busy).isPresent(), "11h48m after sign-in");
        clock.advance(Duration.ofMinutes(13));
        assertTrue(auth.session(busy).isEmpty(), "12h01m after sign-in, however busy");
        assertEquals(0, auth.sessionCount("alice"), "expired sessions are deleted when found");
    }

    @Test
    void tokensAreShownOnceStoredAsHashesListedAndRevoked() {
        TestAuth.add(auth, "bot", Role.EDITOR);
        NewToken t1 = auth.createToken("bot", "nightly import", "cli:root");
        NewToken t2 = auth.createToken("bot", null, "cli:root");
        assertTrue(t1.secret().matches("ipr_[A-Za-z0-9_-]{43}"), t1.secret());
        assertNotEquals(t1.secret(), t2.secret());
        Principal p = auth.token(t1.secret()).orElseThrow();
        assertEquals(Principal.Via.TOKEN, p.via());
        assertNull(p.csrf());
        assertEquals(List.of(new ApiToken(1, "bot", "nightly import", clock.now, clock.now, null),
                new ApiToken(2, "bot", "token", clock.now, null, null)), auth.tokens("bot"));
        assertEquals(1, auth.revokeTokens("bot", 1L, "cli:root"));
        assertTrue(auth.token(t1.secret()).isEmpty());
        assertTrue(auth.token(t2.secret()).isPresent());
        assertEquals("user bot has no working token 1", assertThrows(AuthException.class,
                () -> auth.revokeTokens("bot", 1L, "cli:root")).getMessage());
        assertEquals(1, auth.revokeTokens("bot", null, "cli:root"));
        assertTrue(auth.token(t2.secret()).isEmpty());
        assertEquals(2, auth.tokens("bot").stream().filter(t -> t.revoked() != null).count());
        boolean secretStored = db.read(c -> {
            try (var st = c.prepareStatement("SELECT COUNT(*) FROM api_tokens WHERE hash = ? OR hash = ?")) {
                st.setString(1, t1.secret());
                st.setString(2, t2.secret());
                try (var rs = st.executeQuery()) {
                    return rs.next() && rs.getInt(1) > 0;
                }
            }
        });
        assertEquals(false, secretStored);
        assertTrue(auth.token("ipr_" + "A".repeat(43)).isEmpty());
        assertTrue(auth.token("Bearer nonsense").isEmpty());
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletesEvenInRawSql() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        StoreException up = assertThrows(StoreException.class, () -> db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE audit SET actor = 'someone else'")) {
                return st.executeUpdate();
            }
        }));
        assertTrue(up.getMessage().contains("the audit log is append-only"), up.getMessage());
        StoreException del = assertThrows(StoreException.class, () -> db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM audit")) {
                return st.executeUpdate();
            }
        }));
        assertTrue(del.getMessage().contains("the audit log is append-only"), del.getMessage());
        assertEquals(List.of("test user_created ok"), actions());
    }

    @Test
    void anEntryAndItsChangeCommitTogetherOrNotAtAll() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        // a change that fails after writing its entry leaves neither
        assertThrows(StoreException.class, () -> db.write(c -> {
            audit.record(c, AuditEvent.ok("alice", "bulletin_published", "bulletin", "b1", "published 2026Q3"));
            throw new SQLException("disk full while publishing");
        }));
        assertEquals(List.of("test user_created ok"), actions());
        // an entry that cannot be written takes its change with it: no user is created without its entry
        assertThrows(IllegalArgumentException.class, () -> db.write(c -> {
            auth.users().insert(c, "bob", EnumSet.of(Role.EDITOR), "x", clock.now);
            audit.record(c, new AuditEvent("t", null, "user", "bob", "no action given", "ok", null));
            return null;
        }));
        assertTrue(auth.users().find("bob").isEmpty());
    }

    @Test
    void usersSessionsAndEntriesAreOnDiskBeforeTheCallReturns() {
        TestAuth.add(auth, "alice", Role.EDITOR);
        String s = auth.login("alice", TestAuth.PASSWORD, "a").sessionId();
        // a second connection, as a restarted process would open, sees them without any close or checkpoint
        try (Database other = Database.open(dir)) {
            Auth again = new Auth(other, new AuditStore(other, clock), AuthSettings.defaults(),
                    TestAuth.cheapHasher(), PasswordPolicy.standard(), LoginLimiter.standard(), clock);
            assertEquals("alice", again.session(s).orElseThrow().name());
            assertEquals(2, again.audit().list(new AuditStore.Query(null, null, 10, 0)).total());
        }
    }

    @Test
    void anOldHashIsUpgradedAtSignIn() {
        TestAuth.add(auth, "alice", Role.EDITOR); // hashed at m=64
        Auth stronger = new Auth(db, audit, AuthSettings.defaults(), new PasswordHasher(256, 1, 1, 1),
                PasswordPolicy.standard(), LoginLimiter.standard(), clock);
        assertEquals(LoginResult.Outcome.SIGNED_IN, stronger.login("alice", TestAuth.PASSWORD, "a").outcome());
        String stored = db.read(c -> auth.users().byKey(c, "alice").orElseThrow().passwordHash());
        assertTrue(stored.startsWith("$argon2id$v=19$m=256,t=1,p=1$"), stored);
        assertEquals(LoginResult.Outcome.SIGNED_IN, auth.login("alice", TestAuth.PASSWORD, "a").outcome());
    }
}
