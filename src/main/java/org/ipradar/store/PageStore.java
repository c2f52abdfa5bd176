package org.ipradar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * The fetch state of article and list pages (every address other than a source's own), so that each is fetched
 * with a conditional GET and an unchanged page costs no extraction.
 */
public final class PageStore {
    private final Database db;

    public PageStore(Database db) {
        this.db = db;
    }

    /**
     * One page's state.
     *
     * @param url the address as requested
     * @param source the source that links to it
     * @param document the document read from it, or null
     * @param httpStatus the last status, or null when no answer came
     * @param etag the last ETag
     * @param lastModified the last Last-Modified, verbatim
     * @param hash the last payload's hash
     * @param fetched when it was last fetched
     * @param error the last failure's reason, or null
     */
    public record Page(String url, String source, String document, Integer httpStatus, String etag,
            String lastModified, String hash, Instant fetched, String error) {}

    /** The state of a page, if it was ever fetched. */
    public Optional<Page> get(String url) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM pages WHERE url = ?")) {
                st.setString(1, url);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    int http = rs.getInt("http_status");
                    Integer status = rs.wasNull() ? null : http;
                    return Optional.of(new Page(rs.getString("url"), rs.getString("source"), rs.getString("document"),
                            status, rs.getString("etag"), rs.getString("last_modified"), rs.getString("hash"),
                            Instant.ofEpochMilli(rs.getLong("fetched")), rs.getString("error")));
                }
            }
        });
    }

    /** Records a fetch of a page, successful or not. */
    public void put(Page p) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO pages (url, source, document, http_status, etag,"
                    + " last_modified, hash, fetched, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO"
                    + " UPDATE SET source = excluded.source, document = COALESCE(excluded.document, pages.document),"
                    + " http_status = excluded.http_status, etag = COALESCE(excluded.etag, pages.etag),"
                    + " last_modified = COALESCE(excluded.last_modified, pages.last_modified),"
                    + " hash = COALESCE(excluded.hash, pages.hash), fetched = excluded.fetched,"
                    + " error = excluded.error")) {
                st.setString(1, p.url());
                st.setString(2, p.source());
                st.setString(3, p.document());
                if (p.httpStatus() == null) {
                    st.setNull(4, Types.INTEGER);
                } else {
                    st.setInt(4, p.httpStatus());
                }
                st.setString(5, p.etag());
                st.setString(6, p.lastModified());
                st.setString(7, p.hash());
                st.setLong(8, p.fetched().toEpochMilli());
                st.setString(9, p.error());
                st.executeUpdate();
            }
            return null;
        });
    }
}
