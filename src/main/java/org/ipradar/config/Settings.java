package org.ipradar.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service's settings, passed down through constructors; built by {@link SettingsLoader} from defaults, the
 * environment and the command line.
 *
 * @param port HTTP port
 * @param dataDir the data directory: SQLite file, raw payloads and Lucene indexes
 * @param feedsFile the sources file
 * @param crawl whether {@code serve} crawls on start and then on each source's interval
 * @param userAgent sent on every fetch, with a contact
 * @param crawlAllow address ranges (comma-separated CIDRs) the crawler may reach although they are loopback,
 *     private or link-local; empty by default
 * @param dictionary the general Chinese-English dictionary (CEDICT format) that translates query words the IP
 *     glossary lacks, or null to look for {@code cedict_ts.u8} (or {@code cedict*.u8}) in the data directory
 */
public record Settings(int port, Path dataDir, Path feedsFile, boolean crawl, String userAgent, String crawlAllow,
        Path dictionary) {
    /** The version reported by {@code /health} and the user agent. */
    public static final String VERSION = "0.1.0";

    /** The project's page, the contact in the user agent when {@code IPRADAR_CONTACT} is not set. */
    public static final String PROJECT_URL = "https://github.com/ipradar/ipradar";

    /** The default user agent, naming the product and a contact page. */
    public static final String DEFAULT_USER_AGENT = userAgentWith(PROJECT_URL);

    /** The user agent naming the product and the given contact (an e-mail or http address). */
    public static String userAgentWith(String contact) {
        return "ipradar/" + VERSION + " (+" + contact + "; overseas IP knowledge base)";
    }

    /** Settings that allow no private address ranges. */
    public Settings(int port, Path dataDir, Path feedsFile, boolean crawl, String userAgent) {
        this(port, dataDir, feedsFile, crawl, userAgent, "");
    }

    /** Settings that look for the dictionary in the data directory. */
    public Settings(int port, Path dataDir, Path feedsFile, boolean crawl, String userAgent, String crawlAllow) {
        this(port, dataDir, feedsFile, crawl, userAgent, crawlAllow, null);
    }

    /** A copy that lets the crawler reach these address ranges (comma-separated CIDRs). */
    public Settings withCrawlAllow(String cidrs) {
        return new Settings(port, dataDir, feedsFile, crawl, userAgent, cidrs, dictionary);
    }

    /** A copy with another data directory. */
    public Settings withDataDir(Path dir) {
        return new Settings(port, dir, feedsFile, crawl, userAgent, crawlAllow, dictionary);
    }

    /** A copy with another sources file. */
    public Settings withFeedsFile(Path file) {
        return new Settings(port, dataDir, file, crawl, userAgent, crawlAllow, dictionary);
    }

    /** A copy with another port. */
    public Settings withPort(int p) {
        return new Settings(p, dataDir, feedsFile, crawl, userAgent, crawlAllow, dictionary);
    }

    /** A copy with crawling on or off. */
    public Settings withCrawl(boolean on) {
        return new Settings(port, dataDir, feedsFile, on, userAgent, crawlAllow, dictionary);
    }

    /** A copy with another dictionary file, or null to look for one in the data directory. */
    public Settings withDictionary(Path file) {
        return new Settings(port, dataDir, feedsFile, crawl, userAgent, crawlAllow, file);
    }

    /** The effective settings as environment-variable names and values, for {@code print-config}. */
    public Map<String, String> asEnv() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("IPRADAR_PORT", Integer.toString(port));
        m.put("IPRADAR_DATA_DIR", dataDir.toString());
        m.put("IPRADAR_FEEDS", feedsFile.toString());
        m.put("IPRADAR_CRAWL", crawl ? "on" : "off");
        m.put("IPRADAR_USER_AGENT", userAgent);
        m.put("IPRADAR_CRAWL_ALLOW", crawlAllow);
        m.put("IPRADAR_DICTIONARY", dictionary == null ? "" : dictionary.toString());
        return m;
    }
}
