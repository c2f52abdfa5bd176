package org.ipradar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ipradar.config.Source;

/** The sources table: each configured source's fetch state, updated after every fetch whatever its outcome. */
public final class SourceStore {
    private final Database db;

    public SourceStore(Database db) {
        this.db = db;
    }

    /** Makes sure every configured source has a row, keeping the fetch state of those already known. */
    public void sync(Iterable<Source> sources) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sources (id, name, url, type) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT(id) DO UPDATE SET name = excluded.name, url = excluded.url,"
                            + " type = excluded.type")) {
                for (Source s : sources) {
                    st.setString(1, s.id());
                    st.setString(2, s.name());
                    st.setString(3, s.url().toString());
                    st.setString(4, s.type().name().toLowerCase(java.util.Locale.ROOT));
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The state of one source. */
    public Optional<SourceState> get(String id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM sources WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every source's state, by id. */
    public Map<String, SourceState> all() {
        return db.read(c -> {
            Map<String, SourceState> m = new LinkedHashMap<>();
            try (var st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM sources ORDER BY id")) {
                while (rs.next()) {
                    m.put(rs.getString("id"), read(rs));
                }
            }
            return m;
        });
    }

    /** Records a payload that was read: resets the error count and keeps the validators for the next fetch. */
    public void recordSuccess(String id, int httpStatus, String etag, String lastModified, String hash, int items,
            Instant at) {
        recordSuccess(id, httpStatus, etag, lastModified, hash, items, at, null, null);
    }

    /**
     * Records a payload that was read, with what the crawl did with its items and its warnings (one per line, or
     * null): resets the error count and backoff and keeps the validators for the next fetch.
     */
    public void recordSuccess(String id, int httpStatus, String etag, String lastModified, String hash, int items,
            Instant at, String counts, String warnings) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE sources SET status = 'ok', http_status = ?,"
                    + " error_count = 0, last_error = NULL, last_attempt = ?, last_success = ?, etag = ?,"
                    + " last_modified = ?, last_hash = ?, items_last = ?, next_attempt = NULL,"
                    + " items_max_at = CASE WHEN ? >= items_max AND ? > 0 THEN ? ELSE items_max_at END,"
                    + " items_max = MAX(items_max, ?), last_counts = ?, warnings = ? WHERE id = ?")) {
                st.setInt(1, httpStatus);
                st.setLong(2, at.toEpochMilli());
                st.setLong(3, at.toEpochMilli());
                st.setString(4, etag);
                st.setString(5, lastModified);
                st.setString(6, hash);
                st.setInt(7, items);
                st.setInt(8, items);
                st.setInt(9, items);
                st.setLong(10, at.toEpochMilli());
                st.setInt(11, items);
                st.setString(12, counts);
                st.setString(13, warnings);
                st.setString(14, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Records a 304 Not Modified or an identical payload: a success that changes nothing else. */
    public void recordUnchanged(String id, int httpStatus, Instant at) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE sources SET status = 'ok', http_status = ?,"
                    + " error_count = 0, last_error = NULL, last_attempt = ?, last_success = ?, next_attempt = NULL"
                    + " WHERE id = ?")) {
                st.setInt(1, httpStatus);
                st.setLong(2, at.toEpochMilli());
                st.setLong(3, at.toEpochMilli());
                st.setString(4, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Records a failure on the source; its documents and validators stay as they were. */
    public void recordFailure(String id, Integer httpStatus, String error, Instant at) {
        recordFailure(id, httpStatus, error, at, null);
    }

    /**
     * Records a failure on the source and the earliest time to try again (null for the source's interval); its
     * documents and validators stay as they were.
     */
    public void recordFailure(String id, Integer httpStatus, String error, Instant at, Instant nextAttempt) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE sources SET status = 'failed', http_status = ?,"
                    + " error_count = error_count + 1, last_error = ?, last_attempt = ?, next_attempt = ?"
                    + " WHERE id = ?")) {
                if (httpStatus == null) {
                    st.setNull(1, Types.INTEGER);
                } else {
                    st.setInt(1, httpStatus);
                }
                st.setString(2, error.length() > 1000 ? error.substring(0, 1000) + "…" : error);
                st.setLong(3, at.toEpochMilli());
                if (nextAttempt == null) {
                    st.setNull(4, Types.INTEGER);
                } else {
                    st.setLong(4, nextAttempt.toEpochMilli());
                }
                st.setString(5, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    private static SourceState read(ResultSet rs) throws SQLException {
        int http = rs.getInt("http_status");
        Integer httpStatus = rs.wasNull() ? null : http;
        return new SourceState(
                rs.getString("id"),
                rs.getString("status"),
                httpStatus,
                rs.getInt("error_count"),
                rs.getString("last_error"),
                instant(rs, "last_attempt"),
                instant(rs, "last_success"),
                rs.getString("etag"),
                rs.getString("last_modified"),
                rs.getString("last_hash"),
                rs.getInt("items_last"),
                instant(rs, "next_attempt"),
                rs.getInt("items_max"),
                instant(rs, "items_max_at"),
                rs.getString("last_counts"),
                rs.getString("warnings"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
