package org.ipradar.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ipradar.store.Database;

/** The {@code users} table: accounts with their roles and password hash. Users are disabled, never deleted. */
public final class UserStore {
    private static final String COLUMNS = "id, name, roles, disabled, created, password_changed";

    private final Database db;

    /** The users in this database. */
    public UserStore(Database db) {
        this.db = db;
    }

    /** A user with its stored password hash, for the password check only. */
    record Credentials(User user, String passwordHash) {}

    /** Inserts a user inside the caller's transaction; the name must be normalized and not taken. */
    User insert(Connection c, String name, Set<Role> roles, String passwordHash, Instant now) throws SQLException {
        if (byKey(c, UserNames.key(name)).isPresent()) {
            throw new AuthException("name_taken", "name", "a user named \"" + name + "\" already exists"
                    + " (names are compared ignoring case)");
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO users (name, name_key, roles, password_hash,"
                + " disabled, created, password_changed) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
            st.setString(1, name);
            st.setString(2, UserNames.key(name));
            st.setString(3, Role.format(roles));
            st.setString(4, passwordHash);
            st.setLong(5, now.toEpochMilli());
            st.setLong(6, now.toEpochMilli());
            st.executeUpdate();
        }
        return byKey(c, UserNames.key(name)).orElseThrow().user();
    }

    /** The user with this name ignoring case, if any. */
    public Optional<User> find(String name) {
        return db.read(c -> byKey(c, UserNames.key(name)).map(Credentials::user));
    }

    /** The user with this id, if any. */
    public Optional<User> byId(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(user(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The user and hash for a name, read inside a transaction. */
    Optional<Credentials> byKey(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + COLUMNS + ", password_hash FROM users WHERE name_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Credentials(user(rs), rs.getString("password_hash")))
                        : Optional.empty();
            }
        }
    }

    /** The user and hash for a name. */
    Optional<Credentials> credentials(String name) {
        return db.read(c -> byKey(c, UserNames.key(name)));
    }

    /** Every user, by name. */
    public List<User> all() {
        return db.read(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY name_key");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(user(rs));
                }
            }
            return List.copyOf(out);
        });
    }

    /** How many users there are. */
    public int count() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM users");
                    ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    void setPassword(Connection c, long id, String hash, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE users SET password_hash = ?, password_changed = ? WHERE id = ?")) {
            st.setString(1, hash);
            st.setLong(2, now.toEpochMilli());
            st.setLong(3, id);
            st.executeUpdate();
        }
    }

    /** Replaces a hash only if it is still the one that was checked, so a rehash at login never undoes a change. */
    boolean replaceHash(Connection c, long id, String old, String hash) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?")) {
            st.setString(1, hash);
            st.setLong(2, id);
            st.setString(3, old);
            return st.executeUpdate() == 1;
        }
    }

    void setRoles(Connection c, long id, Set<Role> roles) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE users SET roles = ? WHERE id = ?")) {
            st.setString(1, Role.format(roles));
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    void setDisabled(Connection c, long id, boolean disabled) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE users SET disabled = ? WHERE id = ?")) {
            st.setInt(1, disabled ? 1 : 0);
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("name"), Role.fromStored(rs.getString("roles")),
                rs.getInt("disabled") != 0, Instant.ofEpochMilli(rs.getLong("created")),
                Instant.ofEpochMilli(rs.getLong("password_changed")));
    }
}
