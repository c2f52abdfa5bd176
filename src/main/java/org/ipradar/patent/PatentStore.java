package org.ipradar.patent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ipradar.store.Database;

/**
 * The patents table: one row per publication id, the whole record as JSON next to the columns that are searched and
 * shown; re-importing a publication replaces its row (or leaves it alone when nothing changed), never adds a second.
 * Every insert and change takes the next change number, by which the patent index catches up.
 */
public final class PatentStore {
    /** What an upsert did to one record. */
    public enum Outcome {
        NEW,
        UPDATED,
        UNCHANGED
    }

    /**
     * One record's upsert outcome.
     *
     * @param record the record as stored
     * @param seq its change number (unchanged records keep theirs)
     * @param outcome what happened
     */
    public record Upserted(PatentRecord record, long seq, Outcome outcome) {}

    /**
     * A stored record with its change number.
     *
     * @param record the record
     * @param seq its change number
     */
    public record Stored(PatentRecord record, long seq) {}

    private final Database db;
    private final Clock clock;

    /** A store over the database, stamping rows with the system clock. */
    public PatentStore(Database db) {
        this(db, Clock.systemUTC());
    }

    /** A store over the database, stamping rows with the given clock. */
    public PatentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Upserts the records in one transaction, in order: a stored publication is updated with the new record's fields
     * where it has them ({@link PatentRecords#merge}), so partial records add up; listed twice, the second copy wins.
     */
    public List<Upserted> upsert(List<PatentRecord> records) {
        return db.write(c -> upsert(c, records));
    }

    /** As {@link #upsert(List)}, inside the caller's transaction. */
    public List<Upserted> upsert(Connection c, List<PatentRecord> records) throws SQLException {
        long seq = maxSeq(c);
        long now = clock.millis();
        List<Upserted> out = new ArrayList<>(records.size());
        try (PreparedStatement find = c.prepareStatement("SELECT content_hash, seq, record FROM patents WHERE id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO patents (id, seq, jurisdiction, number,"
                        + " kind, type, status, title, lang, format, number_key, application_key, filing_date,"
                        + " publication_date, grant_date, expiry, family_id, content_hash, record, imported, updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = c.prepareStatement("UPDATE patents SET seq = ?, jurisdiction = ?,"
                        + " number = ?, kind = ?, type = ?, status = ?, title = ?, lang = ?, format = ?,"
                        + " number_key = ?, application_key = ?, filing_date = ?, publication_date = ?,"
                        + " grant_date = ?, expiry = ?, family_id = ?, content_hash = ?, record = ?, updated = ?"
                        + " WHERE id = ?");
                PreparedStatement unlink = c.prepareStatement("DELETE FROM patent_family WHERE id = ?");
                PreparedStatement link = c.prepareStatement(
                        "INSERT OR IGNORE INTO patent_family (id, member_key) VALUES (?, ?)")) {
            for (PatentRecord given : records) {
                find.setString(1, given.id());
                String oldHash = null;
                long oldSeq = 0;
                PatentRecord r = given;
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        oldHash = rs.getString(1);
                        oldSeq = rs.getLong(2);
                        // a partial record (an OPS claims or legal-status response) adds to what is stored
                        r = PatentRecords.merge(PatentJson.read(rs.getString(3)), given);
                    }
                }
                String json = PatentJson.write(r);
                String hash = PatentJson.hash(json);
                if (hash.equals(oldHash)) {
                    out.add(new Upserted(r, oldSeq, Outcome.UNCHANGED));
                    continue;
                }
                long s = ++seq;
                if (oldHash == null) {
                    insert.setString(1, r.id());
                    insert.setLong(2, s);
                    bind(insert, 3, r, hash, json);
                    insert.setLong(20, now);
                    insert.setLong(21, now);
                    insert.executeUpdate();
                } else {
                    update.setLong(1, s);
                    bind(update, 2, r, hash, json);
                    update.setLong(19, now);
                    update.setString(20, r.id());
                    update.executeUpdate();
                    unlink.setString(1, r.id());
                    unlink.executeUpdate();
                }
                for (String member : r.family()) {
                    String key = NumberKeys.key(member);
                    if (!key.isEmpty()) {
                        link.setString(1, r.id());
                        link.setString(2, key);
                        link.executeUpdate();
                    }
                }
                out.add(new Upserted(r, s, oldHash == null ? Outcome.NEW : Outcome.UPDATED));
            }
        }
        return out;
    }

    // Binds jurisdiction .. record (17 values) from parameter i on.
    private static void bind(PreparedStatement st, int i, PatentRecord r, String hash, String json)
            throws SQLException {
        st.setString(i, r.jurisdiction());
        st.setString(i + 1, r.number());
        st.setString(i + 2, r.kind());
        st.setString(i + 3, r.type());
        st.setString(i + 4, r.status().code());
        st.setString(i + 5, r.title());
        st.setString(i + 6, r.lang());
        st.setString(i + 7, r.format());
        st.setString(i + 8, NumberKeys.key(r));
        st.setString(i + 9, NumberKeys.applicationKey(r));
        st.setString(i + 10, date(r.filingDate()));
        st.setString(i + 11, date(r.publicationDate()));
        st.setString(i + 12, date(r.grantDate()));
        st.setString(i + 13, date(r.expiry()));
        st.setString(i + 14, r.familyId());
        st.setString(i + 15, hash);
        st.setString(i + 16, json);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM patents");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The highest change number, 0 when the store holds no patent. */
    public long maxSeq() {
        return db.read(PatentStore::maxSeq);
    }

    /** How many patents are stored. */
    public long count() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM patents");
                    ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The record with this publication id ({@link PatentRecord#id()}), if stored. */
    public Optional<PatentRecord> get(String id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT record FROM patents WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(PatentJson.read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * The stored records a number names, however it is written ({@code US 7,654,321}, {@code US7654321B2}): every
     * kind of that publication number, by id.
     */
    public List<PatentRecord> findByNumber(String number) {
        return db.read(c -> {
            List<PatentRecord> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT record FROM patents WHERE number_key = ? ORDER BY id")) {
                st.setString(1, NumberKeys.key(number));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(PatentJson.read(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The other stored members of a record's family, by id: records with the same family id, the same publication
     * number (another kind), the same application, records it names as family and records that name it.
     */
    public List<PatentRecord> family(String id) {
        return db.read(c -> {
            Set<String> ids = new LinkedHashSet<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT o.id FROM patents p JOIN patents o ON o.id <> p.id AND (
                        (p.family_id <> '' AND o.family_id = p.family_id)
                        OR o.number_key = p.number_key
                        OR (p.application_key <> '' AND o.application_key = p.application_key))
                      WHERE p.id = ?
                    UNION SELECT o.id FROM patent_family f JOIN patents o ON o.number_key = f.member_key
                      WHERE f.id = ? AND o.id <> f.id
                    UNION SELECT f.id FROM patents p JOIN patent_family f ON f.member_key = p.number_key
                      WHERE p.id = ? AND f.id <> p.id
                    ORDER BY 1""")) {
                st.setString(1, id);
                st.setString(2, id);
                st.setString(3, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            List<PatentRecord> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT record FROM patents WHERE id = ?")) {
                for (String other : ids) {
                    st.setString(1, other);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            out.add(PatentJson.read(rs.getString(1)));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * Streams every record changed after the given change number, oldest change first, in pages so the lock is not
     * held for the whole pass.
     */
    public void forEachChangeAfter(long afterSeq, Consumer<Stored> consumer) {
        long from = afterSeq;
        while (true) {
            final long start = from;
            List<Stored> page = db.read(c -> {
                List<Stored> list = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT record, seq FROM patents WHERE seq > ? ORDER BY seq LIMIT 1000")) {
                    st.setLong(1, start);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            list.add(new Stored(PatentJson.read(rs.getString(1)), rs.getLong(2)));
                        }
                    }
                }
                return list;
            });
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
            from = page.getLast().seq();
        }
    }

    /** Streams every stored record, in change order. */
    public void forEach(Consumer<PatentRecord> consumer) {
        forEachChangeAfter(0, s -> consumer.accept(s.record()));
    }
}
