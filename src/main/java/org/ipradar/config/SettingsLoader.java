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
            List.of("IPRADAR_PORT", "IPRADAR_DATA_DIR", "IPRADAR_FEEDS", "IPRADAR_CRAWL", "IPRADAR_USER_AGENT",
                    "IPRADAR_CONTACT", "IPRADAR_CRAWL_ALLOW", "IPRADAR_CORPUS", "IPRADAR_SECURE_COOKIES",
                    "IPRADAR_SESSION_IDLE", "IPRADAR_SESSION_MAX", "IPRADAR_DICTIONARY");

    private SettingsLoader() {}

    /** Settings from the process environment. */
    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    /** Settings from the given environment; bad values stop with a message naming the variable. */
    public static Settings from(Map<String, String> env) {
        for (String key : env.keySet()) {
            if (key.startsWith("IPRADAR_") && !KNOWN.contains(key)) {
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
        String contact = env.getOrDefault("IPRADAR_CONTACT", "").trim();
        if (!contact.isEmpty() && !isContact(contact)) {
            throw new ConfigException("IPRADAR_CONTACT must be an e-mail address or an http(s) address where a"
                    + " webmaster can reach you (got \"" + contact + "\")");
        }
        String ua = env.getOrDefault("IPRADAR_USER_AGENT", "").trim();
        if (ua.isEmpty()) {
            ua = Settings.userAgentWith(contact.isEmpty() ? Settings.PROJECT_URL : contact);
        } else if (!containsContact(ua)) {
            throw new ConfigException("IPRADAR_USER_AGENT must contain a contact (an e-mail address or an http(s)"
                    + " address) so webmasters can reach you (got \"" + ua + "\")");
        }
        String allow = env.getOrDefault("IPRADAR_CRAWL_ALLOW", "").trim();
        try {
            org.ipradar.net.AddressPolicy.parse(allow);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("IPRADAR_CRAWL_ALLOW " + e.getMessage());
        }
        String dictionaryText = env.getOrDefault("IPRADAR_DICTIONARY", "").trim();
        Path dictionary = null;
        if (!dictionaryText.isEmpty()) {
            dictionary = Path.of(dictionaryText);
            if (!java.nio.file.Files.isRegularFile(dictionary) || !java.nio.file.Files.isReadable(dictionary)) {
                throw new ConfigException("IPRADAR_DICTIONARY must name a readable dictionary file in the CEDICT"
                        + " format, such as cedict_ts.u8 (got \"" + dictionaryText + "\": no such readable file)");
            }
        }
        return new Settings(port, data, feeds, crawl, ua, allow, dictionary);
    }

    private static boolean isContact(String s) {
        return s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || s.matches("https?://\\S+");
    }

    private static boolean containsContact(String ua) {
        for (String part : ua.split("[\\s;()+]+")) {
            if (!part.isEmpty() && isContact(part)) {
                return true;
            }
        }
        return false;
    }
}
