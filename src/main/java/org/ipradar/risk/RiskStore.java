package org.ipradar.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ipradar.store.Database;
import org.ipradar.store.StoreException;

/**
 * Risk-patent lists and risk-warning reports in SQLite, every save kept as a new version (tables
 * {@code risk_objects} and {@code risk_versions}; the content of a version is JSON). Writes take the caller's
 * connection so the audit entry commits with them.
 */
public final class RiskStore {
    /** What a stored object is. */
    public enum Kind {
        /** A risk-patent list; its content is a {@link RiskListBody}. */
        RISK_LIST(RiskListBody.class),
        /** A risk-warning report; its content is a {@link ReportBody}. */
        REPORT(ReportBody.class);

        private final Class<?> body;

        Kind(Class<?> body) {
            this.body = body;
        }

        /** The stored spelling: {@code risk_list}, {@code report}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A version in an object's history.
     *
     * @param version its number
     * @param saved when
     * @param savedBy who
     */
    public record VersionInfo(int version, Instant saved, String savedBy) {}

    private final Database db;
    private final ObjectMapper json;

    /** The store in this database, writing content with this mapper (which must know java.time types). */
    public RiskStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Stores version 1 of a new object and returns it. */
    public <T> Saved<T> insert(Connection c, Kind kind, String enterpriseId, String title, T body, String by,
            Instant at) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO risk_objects (kind, enterprise_id, title, version,"
                + " created, created_by) VALUES (?, ?, ?, 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, kind.code());
            st.setString(2, enterpriseId);
            st.setString(3, title);
            st.setLong(4, at.toEpochMilli());
            st.setString(5, by);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id was generated for the new " + kind.code());
                }
                id = keys.getLong(1);
            }
        }
        writeVersion(c, id, 1, body, by, at);
        return new Saved<>(id, kind, enterpriseId, title, 1, 1, at, by, at, by, body);
    }

    /**
     * Saves a new version if the newest one is {@code expectedVersion}; empty, changing nothing, when it is not (a
     * stale save) or the object does not exist.
     */
    public <T> Optional<Saved<T>> update(Connection c, Kind kind, long id, int expectedVersion, String title, T body,
            String by, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE risk_objects SET version = version + 1, title = ?"
                + " WHERE id = ? AND kind = ? AND version = ?")) {
            st.setString(1, title);
            st.setLong(2, id);
            st.setString(3, kind.code());
            st.setInt(4, expectedVersion);
            if (st.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        writeVersion(c, id, expectedVersion + 1, body, by, at);
        return get(c, kind, id, 0);
    }

    /** The newest version of an object of this kind. */
    public <T> Optional<Saved<T>> get(Kind kind, long id) {
        return db.read(c -> get(c, kind, id, 0));
    }

    /** The given version of an object of this kind (0 for the newest). */
    public <T> Optional<Saved<T>> get(Kind kind, long id, int version) {
        return db.read(c -> get(c, kind, id, version));
    }

    /** The given version (0 for the newest), read with the caller's connection. */
    @SuppressWarnings("unchecked")
    public <T> Optional<Saved<T>> get(Connection c, Kind kind, long id, int version) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT o.enterprise_id, o.title, o.version, o.created,"
                + " o.created_by, v.version, v.saved, v.saved_by, v.body FROM risk_objects o JOIN risk_versions v"
                + " ON v.object_id = o.id AND v.version = CASE WHEN ? = 0 THEN o.version ELSE ? END"
                + " WHERE o.id = ? AND o.kind = ?")) {
            st.setInt(1, version);
            st.setInt(2, version);
            st.setLong(3, id);
            st.setString(4, kind.code());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                T body;
                try {
                    body = (T) json.readValue(rs.getString(9), kind.body);
                } catch (JsonProcessingException e) {
                    throw new StoreException("the stored " + kind.code() + " " + id + " version " + rs.getInt(6)
                            + " cannot be read: " + e.getOriginalMessage(), e);
                }
                return Optional.of(new Saved<>(id, kind, rs.getString(1), rs.getString(2), rs.getInt(6), rs.getInt(3),
                        Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), Instant.ofEpochMilli(rs.getLong(7)),
                        rs.getString(8), body));
            }
        }
    }

    /** The firm's objects of this kind, newest version of each without content, most recently saved first. */
    public List<Saved<Void>> list(Kind kind, String enterpriseId) {
        return db.read(c -> {
            List<Saved<Void>> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT o.id, o.title, o.version, o.created, o.created_by,"
                    + " v.saved, v.saved_by FROM risk_objects o JOIN risk_versions v ON v.object_id = o.id"
                    + " AND v.version = o.version WHERE o.kind = ? AND o.enterprise_id = ?"
                    + " ORDER BY v.saved DESC, o.id DESC")) {
                st.setString(1, kind.code());
                st.setString(2, enterpriseId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Saved<>(rs.getLong(1), kind, enterpriseId, rs.getString(2), rs.getInt(3),
                                rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
                                Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7), null));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Whether an object of this kind with this id (as text) belongs to the firm, inside the caller's transaction: the
     * check behind service-record entries that link a risk list or a report.
     */
    public static boolean belongs(Connection c, Kind kind, String enterpriseId, String id) throws SQLException {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return false;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM risk_objects WHERE id = ? AND kind = ?"
                + " AND enterprise_id = ?")) {
            st.setLong(1, n);
            st.setString(2, kind.code());
            st.setString(3, enterpriseId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** An object's versions, oldest first; empty when it does not exist. */
    public List<VersionInfo> versions(Kind kind, long id) {
        return db.read(c -> {
            List<VersionInfo> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT v.version, v.saved, v.saved_by FROM risk_versions v"
                    + " JOIN risk_objects o ON o.id = v.object_id WHERE o.id = ? AND o.kind = ? ORDER BY v.version")) {
                st.setLong(1, id);
                st.setString(2, kind.code());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VersionInfo(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    private void writeVersion(Connection c, long id, int version, Object body, String by, Instant at)
            throws SQLException {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the content as JSON: " + e.getOriginalMessage(), e);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO risk_versions (object_id, version, body, saved,"
                + " saved_by) VALUES (?, ?, ?, ?, ?)")) {
            st.setLong(1, id);
            st.setInt(2, version);
            st.setString(3, text);
            st.setLong(4, at.toEpochMilli());
            st.setString(5, by);
            st.executeUpdate();
        }
    }
}
