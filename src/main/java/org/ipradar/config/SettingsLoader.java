package org.ipradar.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds {@link Settings} from built-in defaults overridden by {@code IPRADAR_*} environment variables. */
public final class SettingsLoader {
    private static final Logger log = LoggerFactory.getLogger(SettingsLoader.class);
    private static final List<String> KNOWN =
            List.of("IPRADAR_PORT", "IPRADAR_DATA_DIR", "IPRADAR_FEEDS", "IPRADAR_CRAWL", "IPRADAR_USER_AGENT");

    private SettingsLoader() {}

    /** Settings from the process environment. */
    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    /** Settings from the given environment; bad values stop with a message naming the variable. */
    public static Settings from(Map<String, String> env) {
        for (String key : env.keySet()) {
            if (key.startsWith("IPRADAR_") && !KNOWN.contains(key) && !key.equals("IPRADAR_CRAWL_ALLOW")) {
                log.warn("unknown setting ignored variable={} known={}", key, KNOWN);
            }
        }
        int port = 7070;
        String portText = env.get("IPRADAR_PORT");
        if (portText != null && !portText.isBlank()) {
            try {
                port = Integer.parseInt(portText.trim());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new ConfigException("IPRADAR_PORT must be a port number from 0 to 65535 (got \"" + portText + "\")");
            }
        }
        Path data = Path.of(env.getOrDefault("IPRADAR_DATA_DIR", "index-data"));
        Path feeds = Path.of(env.getOrDefault("IPRADAR_FEEDS", "feeds.yml"));
        String crawlText = env.getOrDefault("IPRADAR_CRAWL", "on").trim().toLowerCase(Locale.ROOT);
        boolean crawl = switch (crawlText) {
            case "on", "true", "1", "yes" -> true;
            case "off", "false", "0", "no" -> false;
            default -> throw new ConfigException("IPRADAR_CRAWL must be one of: on, off (got \"" + crawlText + "\")");
        };
        String ua = env.getOrDefault("IPRADAR_USER_AGENT", Settings.DEFAULT_USER_AGENT);
        return new Settings(port, data, feeds, crawl, ua);
    }
}
