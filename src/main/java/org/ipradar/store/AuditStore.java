package org.ipradar.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in SQLite: append-only (triggers refuse UPDATE and DELETE on the table, and this class has no way
 * to ask), written in the same transaction as the change it records so neither is kept without the other.
 *
 * <p>Record a change from inside {@link Database#write}: {@code db.write(c -> { ...change...; audit.record(c, e);
 * return x; })}. If the entry cannot be written, the change is rolled back with it.
 */
public final class AuditStore {
    /** Longest actor kept; longer names typed at the login form are cut. */
    public static final int MAX_ACTOR = 100;
    /** Longest summary kept. */
    public static final int MAX_SUMMARY = 1000;
    /** The most entries one page of {@link #list} returns. */
    public static final int MAX_LIMIT = 500;

    private final Database db;
    private final Clock clock;

    /** The log in this database, timed by the clock. */
    public AuditStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Appends an entry inside the caller's transaction, so the change and its entry commit or roll back together. */
    public void record(Connection c, AuditEvent e) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit (at, actor, action, object_type, object_id,"
                + " summary, result, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, clock.millis());
            st.setString(2, cut(e.actor() == null || e.actor().isBlank() ? "anonymous" : e.actor(), MAX_ACTOR));
            st.setString(3, required(e.action(), "action"));
            st.setString(4, required(e.objectType(), "objectType"));
            st.setString(5, e.objectId() == null ? null : cut(e.objectId(), MAX_ACTOR));
            st.setString(6, cut(e.summary() == null ? "" : e.summary(), MAX_SUMMARY));
            st.setString(7, required(e.result(), "result"));
            st.setString(8, e.address());
            st.executeUpdate();
        }
    }

    /** Appends an entry in a transaction of its own, for events that change nothing else (a failed login). */
    public void record(AuditEvent e) {
        db.write(c -> {
            record(c, e);
            return null;
        });
    }

    /**
     * Which entries to list, newest first.
     *
     * @param actor only this actor (ignoring ASCII case), or null for all
     * @param action only this action, or null for all
     * @param limit how many, 1 to {@link #MAX_LIMIT}
     * @param offset how many newest entries to skip
     */
    public record Query(String actor, String action, int limit, int offset) {
        public Query {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + " (got " + limit + ")");
            }
            if (offset < 0) {
                throw new IllegalArgumentException("offset must be 0 or more (got " + offset + ")");
            }
            actor = actor == null || actor.isBlank() ? null : actor.strip();
            action = action == null || action.isBlank() ? null : action.strip();
        }
    }

    /**
     * One page of the log.
     *
     * @param total entries matching the query
     * @param entries this page's entries, newest first
     */
    public record Page(long total, List<AuditEntry> entries) {}

    /** The entries matching the query, newest first, with their total. */
    public Page list(Query q) {
        String where = " WHERE 1 = 1" + (q.actor() == null ? "" : " AND actor = ? COLLATE NOCASE")
                + (q.action() == null ? "" : " AND action = ?");
        return db.read(c -> {
            long total;
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM audit" + where)) {
                bind(st, q);
                try (ResultSet rs = st.executeQuery()) {
                    total = rs.next() ? rs.getLong(1) : 0;
                }
            }
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, at, actor, action, object_type, object_id,"
                    + " summary, result, address FROM audit" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
                int i = bind(st, q);
                st.setInt(i++, q.limit());
                st.setInt(i, q.offset());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9)));
                    }
                }
            }
            return new Page(total, List.copyOf(out));
        });
    }

    private static int bind(PreparedStatement st, Query q) throws SQLException {
        int i = 1;
        if (q.actor() != null) {
            st.setString(i++, q.actor());
        }
        if (q.action() != null) {
            st.setString(i++, q.action());
        }
        return i;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs its " + name);
        }
        return value;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }
}
