package org.ipradar.bulletin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipradar.store.Database;

/**
 * The tables {@code bulletins} and {@code bulletin_items}. Writes take the caller's connection, so a bulletin, its
 * items and its public document commit together; reads run on their own.
 */
public final class BulletinStore {
    private static final String COLUMNS = "id, quarter, status, version, title, intro, candidates, created_by, created,"
            + " updated_by, updated, published, published_by, withdrawn";

    private final Database db;

    public BulletinStore(Database db) {
        this.db = db;
    }

    /** The database, for writes that must commit with others. */
    public Database database() {
        return db;
    }

    /** Stores a new bulletin with its items and returns it with its id. */
    public Bulletin insert(Connection c, Bulletin b) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO bulletins (quarter, status, version, title, intro,"
                + " candidates, created_by, created, updated_by, updated, published, published_by, withdrawn)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(st, 1, b);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id was generated for the new bulletin");
                }
                id = keys.getLong(1);
            }
        }
        Bulletin stored = new Bulletin(id, b.quarter(), b.status(), b.version(), b.title(), b.intro(), b.items(),
                b.candidates(), b.createdBy(), b.created(), b.updatedBy(), b.updated(), b.published(),
                b.publishedBy(), b.withdrawn());
        writeItems(c, stored);
        return stored;
    }

    /** Stores a new bulletin in its own transaction. */
    public Bulletin insert(Bulletin b) {
        return db.write(c -> insert(c, b));
    }

    /**
     * Replaces a bulletin and its items if its stored version is {@code expectedVersion}; {@code b} carries the new
     * version. Returns false, changing nothing, when the version differs.
     */
    public boolean update(Connection c, Bulletin b, long expectedVersion) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE bulletins SET quarter = ?, status = ?, version = ?,"
                + " title = ?, intro = ?, candidates = ?, created_by = ?, created = ?, updated_by = ?, updated = ?,"
                + " published = ?, published_by = ?, withdrawn = ? WHERE id = ? AND version = ?")) {
            bind(st, 1, b);
            st.setLong(14, b.id());
            st.setLong(15, expectedVersion);
            if (st.executeUpdate() != 1) {
                return false;
            }
        }
        writeItems(c, b);
        return true;
    }

    // Binds quarter .. withdrawn (13 values) from index i.
    private static void bind(PreparedStatement st, int i, Bulletin b) throws SQLException {
        st.setString(i, b.quarter());
        st.setString(i + 1, b.status());
        st.setLong(i + 2, b.version());
        st.setString(i + 3, b.title());
        st.setString(i + 4, b.intro());
        st.setInt(i + 5, b.candidates());
        st.setString(i + 6, b.createdBy());
        st.setLong(i + 7, b.created().toEpochMilli());
        st.setString(i + 8, b.updatedBy());
        st.setLong(i + 9, b.updated().toEpochMilli());
        setInstant(st, i + 10, b.published());
        st.setString(i + 11, b.publishedBy());
        setInstant(st, i + 12, b.withdrawn());
    }

    private static void writeItems(Connection c, Bulletin b) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM bulletin_items WHERE bulletin_id = ?")) {
            del.setLong(1, b.id());
            del.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO bulletin_items (bulletin_id, position,"
                + " document_id, title, url, source, lang, kind, countries, ip_types, published, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (BulletinItem it : b.items()) {
                st.setLong(1, b.id());
                st.setInt(2, position++);
                st.setString(3, it.documentId());
                st.setString(4, it.title());
                st.setString(5, it.url());
                st.setString(6, it.source());
                st.setString(7, it.lang());
                st.setString(8, it.kind());
                st.setString(9, String.join(",", it.countries()));
                st.setString(10, String.join(",", it.ipTypes()));
                setInstant(st, 11, it.published());
                st.setString(12, it.summary());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** The bulletin with this id. */
    public Optional<Bulletin> get(long id) {
        return db.read(c -> get(c, id));
    }

    /** The bulletin with this id, read inside the caller's transaction. */
    public Optional<Bulletin> get(Connection c, long id) throws SQLException {
        List<Bulletin> found = select(c, " WHERE id = ?", st -> st.setLong(1, id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** Bulletins with one of the statuses, newest quarter first, then newest first. */
    public List<Bulletin> list(List<String> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"));
        return db.read(c -> select(c, " WHERE status IN (" + marks + ") ORDER BY quarter DESC, id DESC", st -> {
            for (int i = 0; i < statuses.size(); i++) {
                st.setString(i + 1, statuses.get(i));
            }
        }));
    }

    /**
     * Per quarter of a year: how many bulletins have each status, and how many distinct documents the published
     * ones carry.
     */
    public Map<String, QuarterCounts> countsOfYear(int year) {
        return db.read(c -> {
            Map<String, QuarterCounts> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT b.quarter,"
                    + " COUNT(DISTINCT CASE WHEN b.status = 'published' THEN b.id END),"
                    + " COUNT(DISTINCT CASE WHEN b.status = 'draft' THEN b.id END),"
                    + " COUNT(DISTINCT CASE WHEN b.status = 'published' THEN i.document_id END)"
                    + " FROM bulletins b LEFT JOIN bulletin_items i ON i.bulletin_id = b.id"
                    + " WHERE b.quarter LIKE ? GROUP BY b.quarter")) {
                st.setString(1, year + "Q_");
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new QuarterCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * A quarter's bulletins.
     *
     * @param published how many are published
     * @param drafts how many are drafts
     * @param articles how many distinct documents the published ones carry
     */
    public record QuarterCounts(int published, int drafts, int articles) {}

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private static List<Bulletin> select(Connection c, String where, Binder binder) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM bulletins" + where)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("id"), rs.getString("quarter"), rs.getString("status"),
                        rs.getLong("version"), rs.getString("title"), rs.getString("intro"), rs.getInt("candidates"),
                        rs.getString("created_by"), Instant.ofEpochMilli(rs.getLong("created")),
                        rs.getString("updated_by"), Instant.ofEpochMilli(rs.getLong("updated")),
                        instant(rs, "published"), rs.getString("published_by"), instant(rs, "withdrawn")});
                }
            }
        }
        List<Bulletin> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Bulletin((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4],
                    (String) r[5], items(c, (Long) r[0]), (Integer) r[6], (String) r[7], (Instant) r[8],
                    (String) r[9], (Instant) r[10], (Instant) r[11], (String) r[12], (Instant) r[13]));
        }
        return out;
    }

    private static List<BulletinItem> items(Connection c, long id) throws SQLException {
        List<BulletinItem> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT document_id, title, url, source, lang, kind, countries,"
                + " ip_types, published, summary FROM bulletin_items WHERE bulletin_id = ? ORDER BY position")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new BulletinItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), split(rs.getString(7)), split(rs.getString(8)),
                            instant(rs, "published"), rs.getString(10)));
                }
            }
        }
        return out;
    }

    private static void setInstant(PreparedStatement st, int i, Instant t) throws SQLException {
        if (t == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setLong(i, t.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
