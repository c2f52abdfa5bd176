package org.ipradar.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.ipradar.store.Database;

/**
 * The {@code sessions} table: one row per signed-in browser, keyed by the SHA-256 of its id, so the ids in the cookies
 * cannot be read back from the database. Committed before the response, a session survives a restart or
 * {@code kill -9}.
 */
final class SessionStore {
    private final Database db;

    SessionStore(Database db) {
        this.db = db;
    }

    /** A stored session and its user as they are now. */
    record Row(String idHash, User user, Instant created, Instant lastSeen) {}

    void insert(Connection c, String idHash, long userId, Instant now, String address) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO sessions (id_hash, user_id, created, last_seen, address) VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, idHash);
            st.setLong(2, userId);
            st.setLong(3, now.toEpochMilli());
            st.setLong(4, now.toEpochMilli());
            st.setString(5, address);
            st.executeUpdate();
        }
    }

    Optional<Row> find(String idHash) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT s.id_hash, s.created AS s_created, s.last_seen,"
                    + " u.id, u.name, u.roles, u.disabled, u.created, u.password_changed"
                    + " FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?")) {
                st.setString(1, idHash);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Row(rs.getString("id_hash"), UserStore.user(rs),
                            Instant.ofEpochMilli(rs.getLong("s_created")),
                            Instant.ofEpochMilli(rs.getLong("last_seen"))));
                }
            }
        });
    }

    void touch(String idHash, Instant now) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE sessions SET last_seen = ? WHERE id_hash = ?")) {
                st.setLong(1, now.toEpochMilli());
                st.setString(2, idHash);
                return st.executeUpdate();
            }
        });
    }

    boolean delete(Connection c, String idHash) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
            st.setString(1, idHash);
            return st.executeUpdate() == 1;
        }
    }

    int deleteForUser(Connection c, long userId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
            st.setLong(1, userId);
            return st.executeUpdate();
        }
    }

    /** Removes sessions idle since before the first cutoff or started before the second. */
    int deleteExpired(Connection c, Instant idleBefore, Instant startedBefore) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM sessions WHERE last_seen < ? OR created < ?")) {
            st.setLong(1, idleBefore.toEpochMilli());
            st.setLong(2, startedBefore.toEpochMilli());
            return st.executeUpdate();
        }
    }

    int countForUser(long userId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM sessions WHERE user_id = ?")) {
                st.setLong(1, userId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }
}
