package org.ipradar.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The documents table: upserts that never duplicate, and reads by id or by change number for the index. */
public final class DocumentStore {
    /** What an upsert did to one document. */
    public enum Outcome {
        NEW,
        UPDATED,
        UNCHANGED
    }

    /** One document's upsert outcome, with the change number it now has. */
    public record Upserted(Article article, Outcome outcome) {}

    private static final String COLUMNS =
            "id, seq, url, guid, title, text, source, lang, kind, countries, published, fetched, content_hash, raw_hash,"
                    + " ip_types, industries, cluster";

    private final Database db;

    public DocumentStore(Database db) {
        this.db = db;
    }

    /**
     * Inserts new documents and updates changed ones in one transaction; an unchanged document (same content hash)
     * keeps its change number and is not written.
     */
    public List<Upserted> upsert(List<Article> articles) {
        return db.write(c -> {
            long seq = maxSeq(c);
            List<Upserted> out = new ArrayList<>(articles.size());
            try (PreparedStatement find = c.prepareStatement("SELECT content_hash, seq FROM documents WHERE id = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO documents (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement update = c.prepareStatement("UPDATE documents SET seq = ?, url = ?, guid = ?,"
                            + " title = ?, text = ?, source = ?, lang = ?, kind = ?, countries = ?, published = ?,"
                            + " fetched = ?, content_hash = ?, raw_hash = ?, ip_types = ?, industries = ?, cluster = ?"
                            + " WHERE id = ?")) {
                // Several items of one feed may share an id (the same link twice): the last one wins, once.
                Map<String, Article> unique = new LinkedHashMap<>();
                for (Article a : articles) {
                    unique.remove(a.id());
                    unique.put(a.id(), a);
                }
                for (Article a : unique.values()) {
                    find.setString(1, a.id());
                    String oldHash = null;
                    long oldSeq = 0;
                    try (ResultSet rs = find.executeQuery()) {
                        if (rs.next()) {
                            oldHash = rs.getString(1);
                            oldSeq = rs.getLong(2);
                        }
                    }
                    if (oldHash != null && oldHash.equals(a.contentHash())) {
                        out.add(new Upserted(a.withSeq(oldSeq), Outcome.UNCHANGED));
                        continue;
                    }
                    Article withSeq = a.withSeq(++seq);
                    if (oldHash == null) {
                        insert.setString(1, a.id());
                        insert.setLong(2, withSeq.seq());
                        bind(insert, 3, withSeq);
                        insert.executeUpdate();
                        out.add(new Upserted(withSeq, Outcome.NEW));
                    } else {
                        update.setLong(1, withSeq.seq());
                        bind(update, 2, withSeq);
                        update.setString(17, a.id());
                        update.executeUpdate();
                        out.add(new Upserted(withSeq, Outcome.UPDATED));
                    }
                }
            }
            return out;
        });
    }

    // Binds url .. cluster (15 values) starting at the given parameter index.
    private static void bind(PreparedStatement st, int i, Article a) throws SQLException {
        st.setString(i, a.url());
        st.setString(i + 1, a.guid());
        st.setString(i + 2, a.title());
        st.setString(i + 3, a.text());
        st.setString(i + 4, a.source());
        st.setString(i + 5, a.lang());
        st.setString(i + 6, a.kind());
        st.setString(i + 7, String.join(",", a.countries()));
        if (a.published() == null) {
            st.setNull(i + 8, Types.INTEGER);
        } else {
            st.setLong(i + 8, a.published().toEpochMilli());
        }
        st.setLong(i + 9, a.fetched().toEpochMilli());
        st.setString(i + 10, a.contentHash());
        st.setString(i + 11, a.rawHash());
        st.setString(i + 12, String.join(",", a.ipTypes()));
        st.setString(i + 13, String.join(",", a.industries()));
        st.setString(i + 14, a.cluster());
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM documents")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The highest change number in the store, 0 when empty. */
    public long maxSeq() {
        return db.read(DocumentStore::maxSeq);
    }

    /** The document with this id. */
    public Optional<Article> get(String id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM documents WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Keeps a document's near-duplicate fingerprint. */
    public void saveFingerprint(String id, byte[] fingerprint) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE documents SET fingerprint = ? WHERE id = ?")) {
                st.setBytes(1, fingerprint);
                st.setString(2, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Receives one stored fingerprint. */
    @FunctionalInterface
    public interface FingerprintConsumer {
        /** Takes a document's id, cluster and fingerprint. */
        void accept(String id, String cluster, byte[] fingerprint);
    }

    /** Streams every stored fingerprint in insertion order, in pages so the lock is not held for the whole pass. */
    public void forEachFingerprint(FingerprintConsumer consumer) {
        long from = 0;
        while (true) {
            final long start = from;
            record Row(long seq, String id, String cluster, byte[] fp) {}
            List<Row> page = db.read(c -> {
                List<Row> list = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT rowid, id, cluster, fingerprint FROM documents"
                        + " WHERE rowid > ? AND fingerprint IS NOT NULL ORDER BY rowid LIMIT 5000")) {
                    st.setLong(1, start);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            list.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
                        }
                    }
                }
                return list;
            });
            if (page.isEmpty()) {
                return;
            }
            page.forEach(r -> consumer.accept(r.id(), r.cluster() == null ? r.id() : r.cluster(), r.fp()));
            from = page.get(page.size() - 1).seq();
        }
    }

    /** How many documents the store holds. */
    public long count() {
        return db.read(c -> {
            try (var st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM documents")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** How many documents each source has, by source id. */
    public Map<String, Long> countBySource() {
        return db.read(c -> {
            Map<String, Long> m = new LinkedHashMap<>();
            try (var st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT source, COUNT(*) FROM documents GROUP BY source")) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getLong(2));
                }
            }
            return m;
        });
    }

    /**
     * Streams every document changed after the given change number, oldest change first, in pages so the lock is
     * not held for the whole pass.
     */
    public void forEachAfter(long afterSeq, Consumer<Article> consumer) {
        long from = afterSeq;
        while (true) {
            final long start = from;
            List<Article> page = db.read(c -> {
                List<Article> list = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT " + COLUMNS + " FROM documents WHERE seq > ? ORDER BY seq LIMIT 2000")) {
                    st.setLong(1, start);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            list.add(read(rs));
                        }
                    }
                }
                return list;
            });
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
            from = page.get(page.size() - 1).seq();
        }
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Article read(ResultSet rs) throws SQLException {
        String countries = rs.getString("countries");
        long published = rs.getLong("published");
        Instant pub = rs.wasNull() ? null : Instant.ofEpochMilli(published);
        return new Article(
                rs.getString("id"),
                rs.getString("url"),
                rs.getString("guid"),
                rs.getString("title"),
                rs.getString("text"),
                rs.getString("source"),
                rs.getString("lang"),
                rs.getString("kind"),
                list(countries),
                list(rs.getString("ip_types")),
                list(rs.getString("industries")),
                rs.getString("cluster"),
                pub,
                Instant.ofEpochMilli(rs.getLong("fetched")),
                rs.getString("content_hash"),
                rs.getString("raw_hash"),
                rs.getLong("seq"));
    }
}
