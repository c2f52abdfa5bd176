package org.ipradar.enterprise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ipradar.store.Database;

/**
 * The tables {@code enterprises}, {@code enterprise_products}, {@code enterprise_consultants} and
 * {@code service_entries}. Every method takes the caller's connection, so the service reads or changes a firm and
 * writes its audit entry in one transaction.
 */
public final class EnterpriseStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<OwnPatent>> PATENTS = new TypeReference<>() {};
    private static final TypeReference<List<OwnTrademark>> TRADEMARKS = new TypeReference<>() {};
    private static final String COLUMNS = "e.id, e.version, e.name, e.industry, e.markets, e.competitors,"
            + " e.own_patents, e.own_trademarks, e.created, e.created_by, e.updated, e.updated_by";
    private static final String ASSIGNED = "EXISTS (SELECT 1 FROM enterprise_consultants ec JOIN users u"
            + " ON u.id = ec.user_id WHERE ec.enterprise_id = e.id AND u.name_key = ?)";

    private final Database db;

    /** The tables in this database. */
    public EnterpriseStore(Database db) {
        this.db = db;
    }

    /** The database, for the service's transactions. */
    Database database() {
        return db;
    }

    /**
     * What an access check needs of a firm, read in one query whether or not the user is assigned.
     *
     * @param id the firm's id
     * @param version its version
     * @param assigned whether the user asked about is assigned to it
     */
    record Head(String id, long version, boolean assigned) {}

    /** The firm's id, version and whether the user with this name key is assigned to it; empty when unknown. */
    Optional<Head> head(Connection c, String id, String userKey) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT e.id, e.version, " + ASSIGNED
                + " FROM enterprises e WHERE e.id = ?")) {
            st.setString(1, userKey);
            st.setString(2, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getString(1), rs.getLong(2), rs.getInt(3) == 1))
                        : Optional.empty();
            }
        }
    }

    /** The firm with its products and consultants. */
    Optional<Enterprise> get(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM enterprises e WHERE e.id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Enterprise(rs.getString("id"), rs.getLong("version"), rs.getString("name"),
                        rs.getString("industry"), products(c, id), split(rs.getString("markets")),
                        fromJson(rs.getString("competitors"), STRINGS), fromJson(rs.getString("own_patents"), PATENTS),
                        fromJson(rs.getString("own_trademarks"), TRADEMARKS), consultants(c, id),
                        Instant.ofEpochMilli(rs.getLong("created")), rs.getString("created_by"),
                        Instant.ofEpochMilli(rs.getLong("updated")), rs.getString("updated_by")));
            }
        }
    }

    /** Adds a new firm with its products (its consultants are assigned separately). */
    void insert(Connection c, Enterprise e) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO enterprises (id, version, name, industry, markets,"
                + " competitors, own_patents, own_trademarks, created, created_by, updated, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, e.id());
            st.setLong(2, e.version());
            bindProfile(st, 3, e);
            st.setLong(9, e.created().toEpochMilli());
            st.setString(10, e.createdBy());
            st.setLong(11, e.updated().toEpochMilli());
            st.setString(12, e.updatedBy());
            st.executeUpdate();
        }
        writeProducts(c, e);
    }

    /**
     * Replaces a firm's profile and products if its stored version is {@code expectedVersion}; {@code e} carries the
     * new version. Returns false, changing nothing, when the version differs.
     */
    boolean update(Connection c, Enterprise e, long expectedVersion) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE enterprises SET version = ?, name = ?, industry = ?,"
                + " markets = ?, competitors = ?, own_patents = ?, own_trademarks = ?, updated = ?, updated_by = ?"
                + " WHERE id = ? AND version = ?")) {
            st.setLong(1, e.version());
            bindProfile(st, 2, e);
            st.setLong(8, e.updated().toEpochMilli());
            st.setString(9, e.updatedBy());
            st.setString(10, e.id());
            st.setLong(11, expectedVersion);
            if (st.executeUpdate() != 1) {
                return false;
            }
        }
        writeProducts(c, e);
        return true;
    }

    // name .. own_trademarks (6 values) from index i
    private static void bindProfile(PreparedStatement st, int i, Enterprise e) throws SQLException {
        st.setString(i, e.name());
        st.setString(i + 1, e.industry());
        st.setString(i + 2, String.join(",", e.markets()));
        st.setString(i + 3, json(e.competitors()));
        st.setString(i + 4, json(e.ownPatents()));
        st.setString(i + 5, json(e.ownTrademarks()));
    }

    private static void writeProducts(Connection c, Enterprise e) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM enterprise_products WHERE enterprise_id = ?")) {
            del.setString(1, e.id());
            del.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO enterprise_products (enterprise_id, position,"
                + " id, name, description, features, hs_codes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Product p : e.products()) {
                st.setString(1, e.id());
                st.setInt(2, position++);
                st.setString(3, p.id());
                st.setString(4, p.name());
                st.setString(5, p.description());
                st.setString(6, json(p.features()));
                st.setString(7, String.join(",", p.hsCodes()));
                st.executeUpdate();
            }
        }
    }

    private static List<Product> products(Connection c, String id) throws SQLException {
        List<Product> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, name, description, features, hs_codes"
                + " FROM enterprise_products WHERE enterprise_id = ? ORDER BY position")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Product(rs.getString(1), rs.getString(2), rs.getString(3),
                            fromJson(rs.getString(4), STRINGS), split(rs.getString(5))));
                }
            }
        }
        return out;
    }

    /** The names of the consultants assigned to the firm, sorted ignoring case. */
    List<String> consultants(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT u.name FROM enterprise_consultants ec JOIN users u"
                + " ON u.id = ec.user_id WHERE ec.enterprise_id = ? ORDER BY u.name_key")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Assigns the user to the firm; false when already assigned. */
    boolean assign(Connection c, String id, long userId, Instant at, String by) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO enterprise_consultants (enterprise_id,"
                + " user_id, assigned, assigned_by) VALUES (?, ?, ?, ?)")) {
            st.setString(1, id);
            st.setLong(2, userId);
            st.setLong(3, at.toEpochMilli());
            st.setString(4, by);
            return st.executeUpdate() == 1;
        }
    }

    /** Ends the user's assignment to the firm; false when they were not assigned. */
    boolean unassign(Connection c, String id, long userId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM enterprise_consultants WHERE enterprise_id = ?"
                + " AND user_id = ?")) {
            st.setString(1, id);
            st.setLong(2, userId);
            return st.executeUpdate() == 1;
        }
    }

    /**
     * The firms, most recently saved first: those the consultant with name key {@code consultantKey} is assigned to,
     * in full, and with {@code all} every other firm too, as an {@link AssignmentSummary} that holds nothing of the
     * profile. A null key is nobody's (no firm in full).
     */
    List<EnterpriseListing> list(Connection c, String consultantKey, boolean all) throws SQLException {
        if (consultantKey == null && !all) {
            return List.of();
        }
        record Row(String id, String name, Instant updated, boolean full) {}
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT e.id, e.name, e.updated, " + ASSIGNED
                + " FROM enterprises e" + (all ? "" : " WHERE " + ASSIGNED) + " ORDER BY e.updated DESC, e.id")) {
            String key = consultantKey == null ? "" : consultantKey;
            st.setString(1, key);
            if (!all) {
                st.setString(2, key);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                            consultantKey != null && rs.getInt(4) == 1));
                }
            }
        }
        List<EnterpriseListing> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.full() ? summary(c, r.id()) : new AssignmentSummary(r.id(), r.name(), consultants(c, r.id()),
                    r.updated()));
        }
        return out;
    }

    // A firm's summary for a consultant assigned to it.
    private EnterpriseSummary summary(Connection c, String id) throws SQLException {
        EnterpriseSummary partial;
        try (PreparedStatement st = c.prepareStatement("SELECT e.name, e.industry, e.markets, e.version, e.updated,"
                + " (SELECT COUNT(*) FROM enterprise_products p WHERE p.enterprise_id = e.id)"
                + " FROM enterprises e WHERE e.id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                partial = new EnterpriseSummary(id, rs.getString(1), rs.getString(2), split(rs.getString(3)),
                        rs.getInt(6), List.of(), rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5)));
            }
        }
        return new EnterpriseSummary(id, partial.name(), partial.industry(), partial.markets(), partial.products(),
                consultants(c, id), partial.version(), partial.updated());
    }

    /** Appends an entry to the firm's service record and returns it with its number. */
    ServiceEntry addEntry(Connection c, String enterpriseId, String type, LocalDate date, String author, String text,
            String reportId, String riskListId, Instant recorded) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO service_entries (enterprise_id, type, day, author,"
                + " text, report_id, risk_list_id, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, enterpriseId);
            st.setString(2, type);
            st.setString(3, date.toString());
            st.setString(4, author);
            st.setString(5, text);
            st.setString(6, reportId);
            st.setString(7, riskListId);
            st.setLong(8, recorded.toEpochMilli());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return new ServiceEntry(rs.getLong(1), enterpriseId, type, date, author, text, reportId, riskListId,
                    recorded);
        }
    }

    /** The firm's service record, by date and then in the order recorded. */
    List<ServiceEntry> entries(Connection c, String enterpriseId) throws SQLException {
        List<ServiceEntry> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, type, day, author, text, report_id, risk_list_id,"
                + " recorded FROM service_entries WHERE enterprise_id = ? ORDER BY day, id")) {
            st.setString(1, enterpriseId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ServiceEntry(rs.getLong(1), enterpriseId, rs.getString(2),
                            LocalDate.parse(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), Instant.ofEpochMilli(rs.getLong(8))));
                }
            }
        }
        return out;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String json(Object value) throws SQLException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write a firm's field as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(String s, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored field of a firm is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
