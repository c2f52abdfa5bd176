package org.ipradar;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthSettings;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.index.DocIndex;
import org.ipradar.index.DocumentWriter;
import org.ipradar.ingest.Crawler;
import org.ipradar.ingest.Deduper;
import org.ipradar.ingest.Enricher;
import org.ipradar.ingest.Web;
import org.ipradar.net.AddressPolicy;
import org.ipradar.net.HttpFetcher;
import org.ipradar.search.SearchService;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import org.ipradar.store.DocumentStore;
import org.ipradar.store.PageStore;
import org.ipradar.store.QuarantineStore;
import org.ipradar.store.RawStore;
import org.ipradar.store.SourceStore;

/**
 * An opened data directory and the services over it, wired once: the store, the index (caught up with the store on
 * open), the writer, search and the crawler. Close it to release the index lock and the database.
 */
public final class Services implements AutoCloseable {
    private final Path dataDir;
    private final List<Source> sources;
    private final Database db;
    private final DocumentStore documents;
    private final SourceStore sourceStates;
    private final QuarantineStore quarantine;
    private final PageStore pages;
    private final RawStore raw;
    private final DocIndex index;
    private final DocumentWriter writer;
    private final SearchService search;
    private final Crawler crawler;
    private final AuditStore audit;
    private final Auth auth;
    private final org.ipradar.desk.DeskService desk;
    private final org.ipradar.bulletin.BulletinService bulletins;
    private final org.ipradar.enterprise.EnterpriseService enterprises;
    private final org.ipradar.country.CountryProfiles countries;
    private final org.ipradar.patent.Patents patents;
    private final org.ipradar.risk.RiskService risk;

    private Services(Settings settings, List<Source> sources, LongConsumer catchUpProgress, Clock clock) {
        this.dataDir = settings.dataDir();
        this.sources = List.copyOf(sources);
        var dictionary = org.ipradar.glossary.Dictionary.open(settings.dictionary(), dataDir); // before opening files
        this.db = Database.open(dataDir);
        this.documents = new DocumentStore(db);
        this.sourceStates = new SourceStore(db);
        this.quarantine = new QuarantineStore(db);
        this.pages = new PageStore(db);
        this.raw = new RawStore(dataDir);
        this.audit = new AuditStore(db, clock);
        this.auth = Auth.open(db, audit, AuthSettings.fromEnvironment());
        DocIndex opened;
        try {
            opened = DocIndex.open(dataDir);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        this.index = opened;
        index.catchUp(documents, catchUpProgress);
        this.writer = new DocumentWriter(documents, index);
        this.search = new SearchService(index, org.ipradar.glossary.Glossary.load(dataDir), dictionary);
        this.crawler = new Crawler(web(settings), raw, sourceStates, pages, quarantine, documents, writer,
                new Enricher(), new Deduper(documents), clock);
        sourceStates.sync(this.sources);
        this.desk = new org.ipradar.desk.DeskService(new org.ipradar.desk.DeskStore(db), writer, audit,
                clock);
        this.bulletins = new org.ipradar.bulletin.BulletinService(new org.ipradar.bulletin.BulletinStore(db), writer,
                audit, clock);
        this.enterprises = new org.ipradar.enterprise.EnterpriseService(new org.ipradar.enterprise.EnterpriseStore(db),
                auth.users(), audit, clock, (c, enterpriseId, kind, id) -> org.ipradar.risk.RiskStore.belongs(c,
                        kind.equals(org.ipradar.enterprise.ServiceLinks.REPORT) ? org.ipradar.risk.RiskStore.Kind.REPORT
                                : org.ipradar.risk.RiskStore.Kind.RISK_LIST, enterpriseId, id));
        this.countries = new org.ipradar.country.CountryProfiles(db, audit, clock);
        org.ipradar.patent.Patents openedPatents;
        try {
            openedPatents = org.ipradar.patent.Patents.open(db, dataDir, catchUpProgress);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        this.patents = openedPatents;
        this.risk = new org.ipradar.risk.RiskService(db, enterprises, patents, countries, search, audit, clock);
    }

    // Closes the document index and the database after a later part failed to open.
    private void closeQuietly() {
        try {
            index.close();
        } catch (IOException | RuntimeException ignored) {
            // the original failure is what the caller needs to see
        } finally {
            db.close();
        }
    }

    /**
     * The network for the crawler and {@code check-feeds}: our user agent, the address policy (nothing private unless
     * {@code IPRADAR_CRAWL_ALLOW} lists it), robots.txt, and one request at a time per host.
     */
    public static Web web(Settings settings) {
        HttpFetcher fetcher = HttpFetcher.builder(settings.userAgent())
                .policy(AddressPolicy.parse(settings.crawlAllow()))
                .build();
        return fetcher::fetch;
    }

    /** Opens the data directory for the given sources; documents the index lacks are indexed first. */
    public static Services open(Settings settings, List<Source> sources, LongConsumer catchUpProgress) {
        return new Services(settings, sources, catchUpProgress, Clock.systemUTC());
    }

    /** As {@link #open(Settings, List, LongConsumer)}, telling the time by the given clock (for tests). */
    public static Services open(Settings settings, List<Source> sources, LongConsumer catchUpProgress, Clock clock) {
        return new Services(settings, sources, catchUpProgress, clock);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The configured sources, in feeds.yml order. */
    public List<Source> sources() {
        return sources;
    }

    public DocumentStore documents() {
        return documents;
    }

    public SourceStore sourceStates() {
        return sourceStates;
    }

    public QuarantineStore quarantine() {
        return quarantine;
    }

    public PageStore pages() {
        return pages;
    }

    public RawStore raw() {
        return raw;
    }

    public DocIndex index() {
        return index;
    }

    public DocumentWriter writer() {
        return writer;
    }

    public SearchService search() {
        return search;
    }

    public Crawler crawler() {
        return crawler;
    }

    /** The database, for stores that write in the same transaction as their audit entry. */
    public Database database() {
        return db;
    }

    /** The append-only audit log. */
    public AuditStore audit() {
        return audit;
    }

    /** Accounts, sign-in, sessions and API tokens. */
    public Auth auth() {
        return auth;
    }

    /** Editors' documents and case records. */
    public org.ipradar.desk.DeskService desk() {
        return desk;
    }

    /** Quarterly bulletins. */
    public org.ipradar.bulletin.BulletinService bulletins() {
        return bulletins;
    }

    /** Firms' confidential profiles and service records, and who may see them. */
    public org.ipradar.enterprise.EnterpriseService enterprises() {
        return enterprises;
    }

    /** Patent records: their store, index, importer and the risk matcher. */
    public org.ipradar.patent.Patents patents() {
        return patents;
    }

    /** The risk desk: firms' risk-patent lists and risk-warning reports. */
    public org.ipradar.risk.RiskService risk() {
        return risk;
    }

    /** Country profiles: shipped, with editors' versions winning. */
    public org.ipradar.country.CountryProfiles countries() {
        return countries;
    }

    @Override
    public void close() {
        try {
            writer.commit(); // so the next open has nothing to catch up
            try {
                patents.close();
            } finally {
                index.close();
            }
        } catch (IOException e) {
            throw new org.ipradar.index.IndexException("cannot close the index: " + e.getMessage(), e);
        } finally {
            db.close();
        }
    }
}
