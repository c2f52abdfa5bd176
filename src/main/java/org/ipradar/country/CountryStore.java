package org.ipradar.country;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipradar.store.Database;

/**
 * Editors' versions of the profiles in the table {@code country_profile_versions}: one row per saved version, never
 * changed afterwards; a profile's newest row is its current version, and a profile with no row is the shipped file.
 */
final class CountryStore {
    /**
     * A stored version.
     *
     * @param code the profile
     * @param version its number, 2 or more
     * @param body the content as JSON (code, name, sections)
     * @param shippedHash the fingerprint of the shipped file when it was saved
     * @param saved when
     * @param savedBy who
     * @param summary what changed
     */
    record Row(String code, long version, String body, String shippedHash, Instant saved, String savedBy,
            String summary) {}

    private static final String COLUMNS = "code, version, body, shipped_hash, saved, saved_by, summary";

    private final Database db;

    CountryStore(Database db) {
        this.db = db;
    }

    Database database() {
        return db;
    }

    /** The newest version of a profile, or null when editors never saved one. */
    Row latest(Connection c, String code) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM country_profile_versions"
                + " WHERE code = ? ORDER BY version DESC LIMIT 1")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    /** The newest version of a profile, or null. */
    Row latest(String code) {
        return db.read(c -> latest(c, code));
    }

    /** The newest version of every profile an editor has saved, by code. */
    Map<String, Row> latestAll() {
        return db.read(c -> {
            Map<String, Row> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM country_profile_versions v"
                    + " WHERE version = (SELECT MAX(version) FROM country_profile_versions w WHERE w.code = v.code)");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Row r = row(rs);
                    out.put(r.code(), r);
                }
            }
            return out;
        });
    }

    /** Every saved version of a profile, newest first. */
    List<Row> history(String code) {
        return db.read(c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM country_profile_versions"
                    + " WHERE code = ? ORDER BY version DESC")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Adds a version inside the caller's transaction; the primary key refuses a second row with the same number. */
    void insert(Connection c, Row r) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO country_profile_versions (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, r.code());
            st.setLong(2, r.version());
            st.setString(3, r.body());
            st.setString(4, r.shippedHash());
            st.setLong(5, r.saved().toEpochMilli());
            st.setString(6, r.savedBy());
            st.setString(7, r.summary());
            st.executeUpdate();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), rs.getString(7));
    }
}
