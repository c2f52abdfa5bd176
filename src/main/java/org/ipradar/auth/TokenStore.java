package org.ipradar.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipradar.store.Database;

/** The {@code api_tokens} table: tokens for scripts, kept as SHA-256 hashes, revoked rather than deleted. */
final class TokenStore {
    private final Database db;

    TokenStore(Database db) {
        this.db = db;
    }

    /** A working token's id, its owner as the owner is now, and when it was last used. */
    record Match(long id, User user, Instant lastUsed) {}

    long insert(Connection c, long userId, String hash, String label, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO api_tokens (user_id, hash, label, created)"
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, userId);
            st.setString(2, hash);
            st.setString(3, label);
            st.setLong(4, now.toEpochMilli());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<Match> find(String hash) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT t.id AS t_id, t.last_used,"
                    + " u.id, u.name, u.roles, u.disabled, u.created, u.password_changed"
                    + " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.hash = ? AND t.revoked IS NULL")) {
                st.setString(1, hash);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long used = rs.getLong("last_used");
                    Instant lastUsed = rs.wasNull() ? null : Instant.ofEpochMilli(used);
                    return Optional.of(new Match(rs.getLong("t_id"), UserStore.user(rs), lastUsed));
                }
            }
        });
    }

    void touch(long id, Instant now) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE api_tokens SET last_used = ? WHERE id = ?")) {
                st.setLong(1, now.toEpochMilli());
                st.setLong(2, id);
                return st.executeUpdate();
            }
        });
    }

    List<ApiToken> list(long userId) {
        return db.read(c -> {
            List<ApiToken> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT t.id, u.name, t.label, t.created, t.last_used,"
                    + " t.revoked FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.user_id = ?"
                    + " ORDER BY t.id")) {
                st.setLong(1, userId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4)), instant(rs, 5), instant(rs, 6)));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** Revokes one of the user's working tokens, or all of them when {@code id} is null; the count revoked. */
    int revoke(Connection c, long userId, Long id, Instant now) throws SQLException {
        String sql = "UPDATE api_tokens SET revoked = ? WHERE user_id = ? AND revoked IS NULL"
                + (id == null ? "" : " AND id = ?");
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, now.toEpochMilli());
            st.setLong(2, userId);
            if (id != null) {
                st.setLong(3, id);
            }
            return st.executeUpdate();
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
