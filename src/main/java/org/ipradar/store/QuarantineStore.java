package org.ipradar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Payloads that could not be read, kept with the reason so nothing fetched is lost: the payload itself stays under
 * raw/ by its hash, and {@code replay} reads it again after a fix.
 */
public final class QuarantineStore {
    private final Database db;

    public QuarantineStore(Database db) {
        this.db = db;
    }

    /**
     * One quarantined payload.
     *
     * @param id the entry's number
     * @param source the source it came from
     * @param url the address it was fetched from
     * @param rawHash the payload's hash under raw/
     * @param contentType the Content-Type it was served with, or null
     * @param reason why it could not be read
     * @param at when it was quarantined
     * @param replayed when it was last replayed, or null
     * @param replayResult what the last replay did, or null
     */
    public record Entry(long id, String source, String url, String rawHash, String contentType, String reason,
            Instant at, Instant replayed, String replayResult) {
        /** Whether a replay has read it since. */
        public boolean resolved() {
            return replayResult != null && replayResult.startsWith("ok");
        }
    }

    /** Keeps a payload that could not be read; the same payload from the same source is kept once. */
    public long add(String source, String url, String rawHash, String contentType, String reason, Instant at) {
        return db.write(c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM quarantine WHERE source = ? AND"
                    + " raw_hash = ? AND (replay_result IS NULL OR replay_result NOT LIKE 'ok%')")) {
                find.setString(1, source);
                find.setString(2, rawHash);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO quarantine (source, url, raw_hash,"
                    + " content_type, reason, at) VALUES (?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                st.setString(1, source);
                st.setString(2, url);
                st.setString(3, rawHash);
                st.setString(4, contentType);
                st.setString(5, reason.length() > 1000 ? reason.substring(0, 1000) + "…" : reason);
                st.setLong(6, at.toEpochMilli());
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Entries not yet read by a replay, oldest first, of one source or of all when {@code source} is null. */
    public List<Entry> open(String source) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM quarantine WHERE (replay_result IS NULL OR"
                    + " replay_result NOT LIKE 'ok%') AND (? IS NULL OR source = ?) ORDER BY id")) {
                st.setString(1, source);
                st.setString(2, source);
                return list(st);
            }
        });
    }

    /** Every entry, newest first, at most {@code limit}. */
    public List<Entry> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM quarantine ORDER BY id DESC LIMIT ?")) {
                st.setInt(1, limit);
                return list(st);
            }
        });
    }

    /** Records what a replay did with an entry: a result starting with "ok" resolves it. */
    public void recordReplay(long id, String result, Instant at) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE quarantine SET replayed = ?, replay_result = ? WHERE id = ?")) {
                st.setLong(1, at.toEpochMilli());
                st.setString(2, result);
                st.setLong(3, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** How many entries each source has that no replay has read yet. */
    public java.util.Map<String, Integer> openCounts() {
        return db.read(c -> {
            java.util.Map<String, Integer> m = new java.util.TreeMap<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source, COUNT(*) FROM quarantine"
                    + " WHERE replay_result IS NULL OR replay_result NOT LIKE 'ok%' GROUP BY source")) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getInt(2));
                }
            }
            return m;
        });
    }

    private static List<Entry> list(PreparedStatement st) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long rep = rs.getLong("replayed");
                Instant replayed = rs.wasNull() ? null : Instant.ofEpochMilli(rep);
                out.add(new Entry(rs.getLong("id"), rs.getString("source"), rs.getString("url"),
                        rs.getString("raw_hash"), rs.getString("content_type"), rs.getString("reason"),
                        Instant.ofEpochMilli(rs.getLong("at")), replayed, rs.getString("replay_result")));
            }
        }
        return out;
    }
}
