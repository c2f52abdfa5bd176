package org.ipradar.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipradar.store.AuditEvent;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts, sign-in, sessions and API tokens over the database; every change is written with its audit entry in one
 * transaction. The command line uses it to manage users, the web to sign people in and to know who is asking.
 */
public final class Auth {
    private static final Logger log = LoggerFactory.getLogger(Auth.class);

    /** Prefix of API tokens, so a leaked one is easy to recognise in logs and code. */
    public static final String TOKEN_PREFIX = "ipr_";
    /** Longest token label. */
    public static final int MAX_LABEL = 100;

    private static final Pattern TOKEN = Pattern.compile("ipr_[A-Za-z0-9_-]{43}");
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    // last_seen is written at most this often, so reading pages costs no disk write per request
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final AuditStore audit;
    private final AuthSettings settings;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginLimiter limiter;
    private final Clock clock;
    private final UserStore users;
    private final SessionStore sessions;
    private final TokenStore tokens;

    /** Accounts over the database with the given parts; {@link #open} gives the standard ones. */
    public Auth(Database db, AuditStore audit, AuthSettings settings, PasswordHasher hasher, PasswordPolicy policy,
            LoginLimiter limiter, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.settings = settings;
        this.hasher = hasher;
        this.policy = policy;
        this.limiter = limiter;
        this.clock = clock;
        this.users = new UserStore(db);
        this.sessions = new SessionStore(db);
        this.tokens = new TokenStore(db);
    }

    /** Accounts with OWASP's Argon2id parameters, the built-in password rules and login limits, the system clock. */
    public static Auth open(Database db, AuditStore audit, AuthSettings settings) {
        return new Auth(db, audit, settings, PasswordHasher.standard(), PasswordPolicy.standard(),
                LoginLimiter.standard(), Clock.systemUTC());
    }

    public AuthSettings settings() {
        return settings;
    }

    public UserStore users() {
        return users;
    }

    public AuditStore audit() {
        return audit;
    }

    // ---- accounts ----

    /** Creates a user after checking the name and the password rules; the actor is who asked, for the audit log. */
    public User addUser(String rawName, Set<Role> roles, String password, String actor) {
        String name = UserNames.normalize(rawName);
        if (roles.isEmpty()) {
            throw new AuthException("invalid_role", "role", "a user needs at least one role: editor, consultant, admin");
        }
        policy.check(name, password);
        if (users.find(name).isPresent()) { // fail before spending a hash; insert checks again inside the transaction
            throw new AuthException("name_taken", "name", "a user named \"" + name + "\" already exists"
                    + " (names are compared ignoring case)");
        }
        String hash = hasher.hash(PasswordPolicy.normalize(password));
        return db.write(c -> {
            User u = users.insert(c, name, roles, hash, clock.instant());
            audit.record(c, AuditEvent.ok(actor, "user_created", "user", u.name(),
                    "created user " + u.name() + " with role " + Role.format(roles)));
            return u;
        });
    }

    /** Sets a user's password after checking the rules, and ends all of the user's sessions. */
    public User setPassword(String name, String password, String actor) {
        User u = existing(name);
        policy.check(u.name(), password);
        String hash = hasher.hash(PasswordPolicy.normalize(password));
        return db.write(c -> {
            users.setPassword(c, u.id(), hash, clock.instant());
            int ended = sessions.deleteForUser(c, u.id());
            audit.record(c, AuditEvent.ok(actor, "password_changed", "user", u.name(),
                    "set a new password; ended " + ended + " session(s)"));
            return users.byKey(c, UserNames.key(u.name())).orElseThrow().user();
        });
    }

    /** Replaces a user's roles; the change applies to the user's next request. */
    public User setRoles(String name, Set<Role> roles, String actor) {
        User u = existing(name);
        if (roles.isEmpty()) {
            throw new AuthException("invalid_role", "role", "a user needs at least one role: editor, consultant, admin");
        }
        return db.write(c -> {
            users.setRoles(c, u.id(), roles);
            audit.record(c, AuditEvent.ok(actor, "user_roles_changed", "user", u.name(),
                    "roles " + Role.format(u.roles()) + " -> " + Role.format(roles)));
            return users.byKey(c, UserNames.key(u.name())).orElseThrow().user();
        });
    }

    /** Disables (ending its sessions; its tokens stop working) or enables a user. */
    public User setDisabled(String name, boolean disabled, String actor) {
        User u = existing(name);
        return db.write(c -> {
            users.setDisabled(c, u.id(), disabled);
            int ended = disabled ? sessions.deleteForUser(c, u.id()) : 0;
            audit.record(c, AuditEvent.ok(actor, disabled ? "user_disabled" : "user_enabled", "user", u.name(),
                    disabled ? "disabled the account; ended " + ended + " session(s)" : "enabled the account"));
            return users.byKey(c, UserNames.key(u.name())).orElseThrow().user();
        });
    }

    /** Every user, by name. */
    public List<User> listUsers() {
        return users.all();
    }

    /** Makes an API token for the user; its secret is in the answer and nowhere else. */
    public NewToken createToken(String name, String label, String actor) {
        User u = existing(name);
        String l = label == null || label.isBlank() ? "token" : label.strip();
        if (l.length() > MAX_LABEL) {
            throw new AuthException("invalid_label", "label", "a token label has at most " + MAX_LABEL + " characters");
        }
        String secret = TOKEN_PREFIX + Secrets.random256();
        Instant now = clock.instant();
        long id = db.write(c -> {
            long tid = tokens.insert(c, u.id(), Secrets.sha256(secret), l, now);
            audit.record(c, AuditEvent.ok(actor, "token_created", "token", Long.toString(tid),
                    "API token " + tid + " (" + l + ") for " + u.name()));
            return tid;
        });
        return new NewToken(new ApiToken(id, u.name(), l, now, null, null), secret);
    }

    /** The user's tokens, working and revoked, oldest first. */
    public List<ApiToken> tokens(String name) {
        return tokens.list(existing(name).id());
    }

    /** Revokes one of the user's tokens by id, or all when {@code id} is null; the number revoked. */
    public int revokeTokens(String name, Long id, String actor) {
        User u = existing(name);
        return db.write(c -> {
            int n = tokens.revoke(c, u.id(), id, clock.instant());
            if (n == 0 && id != null) {
                throw new AuthException("no_such_token", "id", "user " + u.name() + " has no working token " + id);
            }
            audit.record(c, AuditEvent.ok(actor, "token_revoked", "token", id == null ? "all" : id.toString(),
                    "revoked " + n + " API token(s) of " + u.name()));
            return n;
        });
    }

    private User existing(String name) {
        return users.find(name == null ? "" : name).orElseThrow(
                () -> new AuthException("no_such_user", "name", "no user is named \"" + name + "\""));
    }

    // ---- signing in ----

    /**
     * Checks a name and password from a client address. Unknown names take as long as known ones and get the same
     * answer; attempts are limited per account and per address before any hash is computed.
     */
    public LoginResult login(String rawName, String password, String address) {
        String key = UserNames.key(rawName);
        String shownName = rawName == null ? "" : rawName.strip();
        long wait = limiter.tryAttempt(key, address);
        if (wait > 0) {
            log.warn("login throttled name={} address={} retryAfter={}s", key, address, wait);
            return new LoginResult(LoginResult.Outcome.THROTTLED, null, null, wait);
        }
        String pw = password == null ? "" : password;
        Optional<UserStore.Credentials> found = users.credentials(rawName == null ? "" : rawName);
        boolean match;
        if (PasswordPolicy.tooLong(pw)) {
            match = false; // refused unhashed: no stored password is this long
        } else if (found.isEmpty()) {
            hasher.verifyNothing(PasswordPolicy.normalize(pw));
            match = false;
        } else {
            match = hasher.verify(PasswordPolicy.normalize(pw), found.get().passwordHash());
        }
        if (!match) {
            audit.record(new AuditEvent(found.map(f -> f.user().name()).orElse(shownName), "login_failed", "session",
                    null, found.isPresent() ? "wrong password" : "unknown user name", "denied", address));
            return LoginResult.of(LoginResult.Outcome.WRONG);
        }
        User u = found.get().user();
        if (u.disabled()) {
            audit.record(new AuditEvent(u.name(), "login_failed", "session", null, "the account is disabled",
                    "denied", address));
            return LoginResult.of(LoginResult.Outcome.DISABLED);
        }
        limiter.succeeded(key);
        String id = Secrets.random256();
        Instant now = clock.instant();
        db.write(c -> {
            sessions.deleteExpired(c, now.minus(settings.sessionIdle()), now.minus(settings.sessionMax()));
            sessions.insert(c, Secrets.sha256(id), u.id(), now, address);
            audit.record(c, new AuditEvent(u.name(), "login", "session", null, "signed in", "ok", address));
            return null;
        });
        rehashIfOld(u, pw, found.get().passwordHash());
        return new LoginResult(LoginResult.Outcome.SIGNED_IN, u, id, 0);
    }

    private void rehashIfOld(User u, String password, String stored) {
        if (!hasher.needsRehash(stored)) {
            return;
        }
        try {
            String fresh = hasher.hash(PasswordPolicy.normalize(password));
            db.write(c -> users.replaceHash(c, u.id(), stored, fresh));
        } catch (RuntimeException e) {
            log.warn("could not upgrade the password hash of user={}; it stays as it was", u.name(), e);
        }
    }

    /** The signed-in user of a session id from a cookie, if the session exists, has not expired and its user works. */
    public Optional<Principal> session(String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(sessionId);
        Optional<SessionStore.Row> row = sessions.find(hash);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.Row r = row.get();
        Instant now = clock.instant();
        if (r.user().disabled() || now.isAfter(r.lastSeen().plus(settings.sessionIdle()))
                || now.isAfter(r.created().plus(settings.sessionMax()))) {
            db.write(c -> sessions.delete(c, hash));
            return Optional.empty();
        }
        if (Duration.between(r.lastSeen(), now).compareTo(TOUCH_EVERY) >= 0) {
            sessions.touch(hash, now);
        }
        return Optional.of(new Principal(r.user(), Principal.Via.SESSION, hash, csrfToken(sessionId), 0));
    }

    /** The user of an API token from {@code Authorization: Bearer}, if the token works and its user is enabled. */
    public Optional<Principal> token(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<TokenStore.Match> m = tokens.find(Secrets.sha256(token));
        if (m.isEmpty() || m.get().user().disabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (m.get().lastUsed() == null || Duration.between(m.get().lastUsed(), now).compareTo(TOUCH_EVERY) >= 0) {
            tokens.touch(m.get().id(), now);
        }
        return Optional.of(new Principal(m.get().user(), Principal.Via.TOKEN, null, null, m.get().id()));
    }

    /** Ends the principal's session (a token has none) and writes it in the audit log. */
    public void logout(Principal p, String address) {
        if (p.sessionHash() == null) {
            return;
        }
        db.write(c -> {
            sessions.delete(c, p.sessionHash());
            audit.record(c, new AuditEvent(p.name(), "logout", "session", null, "signed out", "ok", address));
            return null;
        });
    }

    /** Ends a session by its id without an audit entry: the stale session a browser brings to a new sign-in. */
    public void discardSession(String sessionId) {
        if (sessionId != null && SESSION_ID.matcher(sessionId).matches()) {
            db.write(c -> sessions.delete(c, Secrets.sha256(sessionId)));
        }
    }

    /** How many sessions a user has open. */
    public int sessionCount(String name) {
        return sessions.countForUser(existing(name).id());
    }

    /**
     * The anti-forgery token of a session: derived from the session id (which only the browser has) with a label, so
     * nothing more is stored and a copy of the database does not reveal it.
     */
    public static String csrfToken(String sessionId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(("ipradar-csrf\0" + sessionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
