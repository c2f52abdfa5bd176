package org.ipradar.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite file {@code ipradar.db} in the data directory, the source of truth: WAL journal with
 * {@code synchronous=FULL}, so a committed change survives {@code kill -9} and power loss.
 *
 * <p>SQLite has one writer at a time, so the one connection is shared under a lock; every statement runs through
 * {@link #read} or {@link #write}.
 */
public final class Database implements AutoCloseable {
    /** The file name inside the data directory. */
    public static final String FILE = "ipradar.db";

    // Each entry moves the schema from version i to i + 1; never edit an entry once released, append a new one.
    private static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE sources (
              id TEXT PRIMARY KEY,
              name TEXT NOT NULL,
              url TEXT NOT NULL,
              type TEXT NOT NULL,
              status TEXT NOT NULL DEFAULT 'new',
              http_status INTEGER,
              error_count INTEGER NOT NULL DEFAULT 0,
              last_error TEXT,
              last_attempt INTEGER,
              last_success INTEGER,
              etag TEXT,
              last_modified TEXT,
              last_hash TEXT,
              items_last INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE documents (
              id TEXT PRIMARY KEY,
              seq INTEGER NOT NULL UNIQUE,
              url TEXT,
              guid TEXT,
              title TEXT NOT NULL,
              text TEXT NOT NULL,
              source TEXT NOT NULL,
              lang TEXT NOT NULL,
              kind TEXT NOT NULL,
              countries TEXT NOT NULL,
              published INTEGER,
              fetched INTEGER NOT NULL,
              content_hash TEXT NOT NULL,
              raw_hash TEXT
            );
            CREATE INDEX documents_source ON documents(source);
            """,
            """
            ALTER TABLE documents ADD COLUMN ip_types TEXT NOT NULL DEFAULT '';
            ALTER TABLE documents ADD COLUMN industries TEXT NOT NULL DEFAULT '';
            ALTER TABLE documents ADD COLUMN cluster TEXT;
            ALTER TABLE documents ADD COLUMN fingerprint BLOB;
            CREATE INDEX documents_cluster ON documents(cluster);
            CREATE INDEX documents_url ON documents(url);
            ALTER TABLE sources ADD COLUMN next_attempt INTEGER;
            ALTER TABLE sources ADD COLUMN items_max INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE sources ADD COLUMN items_max_at INTEGER;
            ALTER TABLE sources ADD COLUMN last_counts TEXT;
            ALTER TABLE sources ADD COLUMN warnings TEXT;
            CREATE TABLE pages (
              url TEXT PRIMARY KEY,
              source TEXT NOT NULL,
              document TEXT,
              http_status INTEGER,
              etag TEXT,
              last_modified TEXT,
              hash TEXT,
              fetched INTEGER NOT NULL,
              error TEXT
            );
            CREATE TABLE quarantine (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              source TEXT NOT NULL,
              url TEXT NOT NULL,
              raw_hash TEXT NOT NULL,
              content_type TEXT,
              reason TEXT NOT NULL,
              at INTEGER NOT NULL,
              replayed INTEGER,
              replay_result TEXT
            );
            CREATE INDEX quarantine_open ON quarantine(replayed, source);
            """,
            // accounts, sessions and API tokens (only hashes of the secrets), and the append-only audit log
            """
            CREATE TABLE users (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT NOT NULL,
              name_key TEXT NOT NULL UNIQUE,
              roles TEXT NOT NULL,
              password_hash TEXT NOT NULL,
              disabled INTEGER NOT NULL DEFAULT 0,
              created INTEGER NOT NULL,
              password_changed INTEGER NOT NULL
            );
            CREATE TABLE sessions (
              id_hash TEXT PRIMARY KEY,
              user_id INTEGER NOT NULL REFERENCES users(id),
              created INTEGER NOT NULL,
              last_seen INTEGER NOT NULL,
              address TEXT
            );
            CREATE INDEX sessions_user ON sessions(user_id);
            CREATE TABLE api_tokens (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              user_id INTEGER NOT NULL REFERENCES users(id),
              hash TEXT NOT NULL UNIQUE,
              label TEXT NOT NULL,
              created INTEGER NOT NULL,
              last_used INTEGER,
              revoked INTEGER
            );
            CREATE INDEX api_tokens_user ON api_tokens(user_id);
            CREATE TABLE audit (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at INTEGER NOT NULL,
              actor TEXT NOT NULL,
              action TEXT NOT NULL,
              object_type TEXT NOT NULL,
              object_id TEXT,
              summary TEXT NOT NULL,
              result TEXT NOT NULL,
              address TEXT
            );
            CREATE INDEX audit_actor ON audit(actor COLLATE NOCASE, id);
            CREATE INDEX audit_action ON audit(action, id);
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """,
            // The editorial desk: a withdrawn document keeps its row (and takes a new change number) so the index
            // drops it on catch-up; editors' documents with their case records; quarterly bulletins.
            """
            ALTER TABLE documents ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX documents_published ON documents(published);
            CREATE TABLE desk_documents (
              id TEXT PRIMARY KEY,
              kind TEXT NOT NULL,
              status TEXT NOT NULL,
              version INTEGER NOT NULL,
              author TEXT NOT NULL,
              title TEXT NOT NULL,
              lang TEXT NOT NULL,
              format TEXT NOT NULL,
              body TEXT NOT NULL,
              body_html TEXT NOT NULL,
              text TEXT NOT NULL,
              countries TEXT NOT NULL,
              ip_types TEXT NOT NULL,
              industries TEXT NOT NULL,
              created INTEGER NOT NULL,
              updated INTEGER NOT NULL,
              updated_by TEXT NOT NULL,
              published INTEGER,
              withdrawn INTEGER
            );
            CREATE INDEX desk_documents_author ON desk_documents(author, status);
            CREATE TABLE case_records (
              document_id TEXT PRIMARY KEY REFERENCES desk_documents(id) ON DELETE CASCADE,
              forum TEXT NOT NULL,
              forum_name TEXT NOT NULL,
              case_number TEXT NOT NULL,
              parties TEXT NOT NULL,
              cause TEXT NOT NULL,
              filed TEXT,
              decided TEXT,
              outcome TEXT NOT NULL,
              money_kind TEXT,
              amount TEXT,
              currency TEXT,
              lessons TEXT NOT NULL,
              sources TEXT NOT NULL
            );
            CREATE TABLE bulletins (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              quarter TEXT NOT NULL,
              status TEXT NOT NULL,
              version INTEGER NOT NULL,
              title TEXT NOT NULL,
              intro TEXT NOT NULL,
              candidates INTEGER NOT NULL,
              created_by TEXT NOT NULL,
              created INTEGER NOT NULL,
              updated_by TEXT NOT NULL,
              updated INTEGER NOT NULL,
              published INTEGER,
              published_by TEXT,
              withdrawn INTEGER
            );
            CREATE INDEX bulletins_quarter ON bulletins(quarter, status);
            CREATE TABLE bulletin_items (
              bulletin_id INTEGER NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              document_id TEXT NOT NULL,
              title TEXT NOT NULL,
              url TEXT,
              source TEXT NOT NULL,
              lang TEXT NOT NULL,
              kind TEXT NOT NULL,
              countries TEXT NOT NULL,
              ip_types TEXT NOT NULL,
              published INTEGER,
              summary TEXT NOT NULL,
              PRIMARY KEY (bulletin_id, position)
            );
            """,
            // Enterprise profiles (confidential, never indexed): the firm, its products, the consultants assigned
            // to it, and its service record, which is archived: entries are added, never changed or deleted.
            """
            CREATE TABLE enterprises (
              id TEXT PRIMARY KEY,
              version INTEGER NOT NULL,
              name TEXT NOT NULL,
              industry TEXT NOT NULL,
              markets TEXT NOT NULL,
              competitors TEXT NOT NULL,
              own_patents TEXT NOT NULL,
              own_trademarks TEXT NOT NULL,
              created INTEGER NOT NULL,
              created_by TEXT NOT NULL,
              updated INTEGER NOT NULL,
              updated_by TEXT NOT NULL
            );
            CREATE TABLE enterprise_products (
              enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              id TEXT NOT NULL,
              name TEXT NOT NULL,
              description TEXT NOT NULL,
              features TEXT NOT NULL,
              hs_codes TEXT NOT NULL,
              PRIMARY KEY (enterprise_id, position),
              UNIQUE (enterprise_id, id)
            );
            CREATE TABLE enterprise_consultants (
              enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
              user_id INTEGER NOT NULL REFERENCES users(id),
              assigned INTEGER NOT NULL,
              assigned_by TEXT NOT NULL,
              PRIMARY KEY (enterprise_id, user_id)
            );
            CREATE INDEX enterprise_consultants_user ON enterprise_consultants(user_id);
            CREATE TABLE service_entries (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
              type TEXT NOT NULL,
              day TEXT NOT NULL,
              author TEXT NOT NULL,
              text TEXT NOT NULL,
              report_id TEXT,
              risk_list_id TEXT,
              recorded INTEGER NOT NULL
            );
            CREATE INDEX service_entries_enterprise ON service_entries(enterprise_id, day, id);
            CREATE TRIGGER service_entries_no_update BEFORE UPDATE ON service_entries BEGIN SELECT RAISE(ABORT, 'the service record is append-only'); END;
            CREATE TRIGGER service_entries_no_delete BEFORE DELETE ON service_entries BEGIN SELECT RAISE(ABORT, 'the service record is append-only'); END;
            """,
            // risk desk: risk-patent lists and risk-warning reports, every save a new version
            """
            CREATE TABLE risk_objects (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              kind TEXT NOT NULL,
              enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
              title TEXT NOT NULL,
              version INTEGER NOT NULL,
              created INTEGER NOT NULL,
              created_by TEXT NOT NULL
            );
            CREATE INDEX risk_objects_enterprise ON risk_objects(enterprise_id, kind);
            CREATE TABLE risk_versions (
              object_id INTEGER NOT NULL REFERENCES risk_objects(id),
              version INTEGER NOT NULL,
              body TEXT NOT NULL,
              saved INTEGER NOT NULL,
              saved_by TEXT NOT NULL,
              PRIMARY KEY (object_id, version)
            );
            """,
            // Editors' versions of the country profiles (org.ipradar.country): one row per save, never changed; the
            // newest row of a code wins over the shipped YAML file, whose fingerprint it records.
            """
            CREATE TABLE country_profile_versions (
              code TEXT NOT NULL,
              version INTEGER NOT NULL,
              body TEXT NOT NULL,
              shipped_hash TEXT NOT NULL,
              saved INTEGER NOT NULL,
              saved_by TEXT NOT NULL,
              summary TEXT NOT NULL,
              PRIMARY KEY (code, version)
            );
            """,
            // Patent records for risk matching: the whole record as JSON, the fields searched and shown as columns,
            // a change number for the patent index to catch up by, and the family members each record names.
            """
            CREATE TABLE patents (
              id TEXT PRIMARY KEY,
              seq INTEGER NOT NULL UNIQUE,
              jurisdiction TEXT NOT NULL,
              number TEXT NOT NULL,
              kind TEXT NOT NULL,
              type TEXT NOT NULL,
              status TEXT NOT NULL,
              title TEXT NOT NULL,
              lang TEXT NOT NULL,
              format TEXT NOT NULL,
              number_key TEXT NOT NULL,
              application_key TEXT NOT NULL,
              filing_date TEXT,
              publication_date TEXT,
              grant_date TEXT,
              expiry TEXT,
              family_id TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              record TEXT NOT NULL,
              imported INTEGER NOT NULL,
              updated INTEGER NOT NULL
            );
            CREATE INDEX patents_number_key ON patents(number_key);
            CREATE INDEX patents_application_key ON patents(application_key);
            CREATE INDEX patents_family_id ON patents(family_id);
            CREATE TABLE patent_family (
              id TEXT NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
              member_key TEXT NOT NULL,
              PRIMARY KEY (id, member_key)
            );
            CREATE INDEX patent_family_member ON patent_family(member_key);
            """);

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database in the data directory and brings its schema up to date. */
    public static Database open(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("PRAGMA busy_timeout=5000");
                st.execute("PRAGMA foreign_keys=ON");
            }
            Database db = new Database(file, c);
            db.migrate();
            return db;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException {
        try (Statement st = connection.createStatement()) {
            int version;
            try (var rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > MIGRATIONS.size()) {
                throw new SQLException("the database " + file + " has schema version " + version
                        + ", newer than this program knows (" + MIGRATIONS.size() + "); use a newer ipradar");
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                connection.setAutoCommit(false);
                try {
                    // a statement ends with ';' at the end of a line, so a trigger's body may hold one inside
                    for (String sql : MIGRATIONS.get(v).split(";[ \\t]*(\\R|$)")) {
                        if (!sql.isBlank()) {
                            st.execute(sql);
                        }
                    }
                    st.execute("PRAGMA user_version=" + (v + 1));
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    /** Work done with the connection that returns a value. */
    @FunctionalInterface
    public interface Work<T> {
        /** Runs against the connection. */
        T run(Connection c) throws SQLException;
    }

    /** Runs read-only work under the lock. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database read failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public <T> T write(Work<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database write failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
