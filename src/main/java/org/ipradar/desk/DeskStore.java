package org.ipradar.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ipradar.store.Database;

/**
 * The tables {@code desk_documents} and {@code case_records}. Writes take the caller's connection, so a save and the
 * public document it changes commit together; reads run on their own.
 */
public final class DeskStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "d.id, d.kind, d.status, d.version, d.author, d.title, d.lang, d.format,"
            + " d.body, d.body_html, d.text, d.countries, d.ip_types, d.industries, d.created, d.updated,"
            + " d.updated_by, d.published, d.withdrawn, c.forum, c.forum_name, c.case_number, c.parties, c.cause,"
            + " c.filed, c.decided, c.outcome, c.money_kind, c.amount, c.currency, c.lessons, c.sources";
    private static final String FROM = " FROM desk_documents d LEFT JOIN case_records c ON c.document_id = d.id";

    private final Database db;

    public DeskStore(Database db) {
        this.db = db;
    }

    /** Adds a new document with its case record. */
    void insert(Connection c, DeskDocument d) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO desk_documents (id, kind, status, version, author,"
                + " title, lang, format, body, body_html, text, countries, ip_types, industries, created, updated,"
                + " updated_by, published, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, d.id());
            bindRest(st, 2, d);
            st.executeUpdate();
        }
        writeCase(c, d);
    }

    /**
     * Replaces a document if its stored version is {@code expectedVersion}; {@code d} carries the new version.
     * Returns false, changing nothing, when the version differs.
     */
    boolean update(Connection c, DeskDocument d, long expectedVersion) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE desk_documents SET kind = ?, status = ?, version = ?,"
                + " author = ?, title = ?, lang = ?, format = ?, body = ?, body_html = ?, text = ?, countries = ?,"
                + " ip_types = ?, industries = ?, created = ?, updated = ?, updated_by = ?, published = ?,"
                + " withdrawn = ? WHERE id = ? AND version = ?")) {
            bindRest(st, 1, d);
            st.setString(19, d.id());
            st.setLong(20, expectedVersion);
            if (st.executeUpdate() != 1) {
                return false;
            }
        }
        writeCase(c, d);
        return true;
    }

    // Binds kind .. withdrawn (18 values) from index i.
    private static void bindRest(PreparedStatement st, int i, DeskDocument d) throws SQLException {
        st.setString(i, d.kind());
        st.setString(i + 1, d.status());
        st.setLong(i + 2, d.version());
        st.setString(i + 3, d.author());
        st.setString(i + 4, d.title());
        st.setString(i + 5, d.lang());
        st.setString(i + 6, d.format());
        st.setString(i + 7, d.body());
        st.setString(i + 8, d.bodyHtml());
        st.setString(i + 9, d.text());
        st.setString(i + 10, String.join(",", d.countries()));
        st.setString(i + 11, String.join(",", d.ipTypes()));
        st.setString(i + 12, String.join(",", d.industries()));
        st.setLong(i + 13, d.created().toEpochMilli());
        st.setLong(i + 14, d.updated().toEpochMilli());
        st.setString(i + 15, d.updatedBy());
        setInstant(st, i + 16, d.published());
        setInstant(st, i + 17, d.withdrawn());
    }

    private static void writeCase(Connection c, DeskDocument d) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM case_records WHERE document_id = ?")) {
            del.setString(1, d.id());
            del.executeUpdate();
        }
        CaseRecord r = d.caseRecord();
        if (r == null) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO case_records (document_id, forum, forum_name,"
                + " case_number, parties, cause, filed, decided, outcome, money_kind, amount, currency, lessons,"
                + " sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, d.id());
            st.setString(2, r.forum());
            st.setString(3, r.forumName());
            st.setString(4, r.caseNumber());
            st.setString(5, json(r.parties()));
            st.setString(6, r.cause());
            st.setString(7, r.filed() == null ? null : r.filed().toString());
            st.setString(8, r.decided() == null ? null : r.decided().toString());
            st.setString(9, r.outcome());
            st.setString(10, r.money() == null ? null : r.money().kind());
            st.setString(11, r.money() == null ? null : r.money().amount().toPlainString());
            st.setString(12, r.money() == null ? null : r.money().currency());
            st.setString(13, r.lessons());
            st.setString(14, json(r.sources()));
            st.executeUpdate();
        }
    }

    /** The document with this id. */
    public Optional<DeskDocument> get(String id) {
        return db.read(c -> get(c, id));
    }

    /** The document with this id, read inside the caller's transaction. */
    Optional<DeskDocument> get(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE d.id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Every document, or those with the status when it is not null, most recently changed first. */
    public List<DeskDocument> list(String status) {
        return db.read(c -> {
            List<DeskDocument> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + FROM
                    + (status == null ? "" : " WHERE d.status = ?") + " ORDER BY d.updated DESC, d.id")) {
                if (status != null) {
                    st.setString(1, status);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    private static DeskDocument read(ResultSet rs) throws SQLException {
        CaseRecord record = null;
        if (rs.getString("forum") != null) {
            String moneyKind = rs.getString("money_kind");
            record = new CaseRecord(rs.getString("forum"), rs.getString("forum_name"), rs.getString("case_number"),
                    fromJson(rs.getString("parties"), new TypeReference<List<CaseRecord.Party>>() {}),
                    rs.getString("cause"), date(rs.getString("filed")), date(rs.getString("decided")),
                    rs.getString("outcome"),
                    moneyKind == null ? null : new CaseRecord.Money(moneyKind, new BigDecimal(rs.getString("amount")),
                            rs.getString("currency")),
                    rs.getString("lessons"),
                    fromJson(rs.getString("sources"), new TypeReference<List<CaseRecord.SourceLink>>() {}));
        }
        return new DeskDocument(rs.getString("id"), rs.getString("kind"), rs.getString("status"),
                rs.getLong("version"), rs.getString("author"), rs.getString("title"), rs.getString("lang"),
                rs.getString("format"), rs.getString("body"), rs.getString("body_html"), rs.getString("text"),
                split(rs.getString("countries")), split(rs.getString("ip_types")), split(rs.getString("industries")),
                record, Instant.ofEpochMilli(rs.getLong("created")), Instant.ofEpochMilli(rs.getLong("updated")),
                rs.getString("updated_by"), instant(rs, "published"), instant(rs, "withdrawn"));
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

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String json(Object value) throws SQLException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write a case record field as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(String s, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored case record field is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
