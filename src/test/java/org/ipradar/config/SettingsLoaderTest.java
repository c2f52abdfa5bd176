package org.ipradar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {
    @Test
    void defaultsServeIndexDataAndFeedsYmlOnPort7070() {
        Settings s = SettingsLoader.from(Map.of());
        assertEquals(7070, s.port());
        assertEquals(Path.of("index-data"), s.dataDir());
        assertEquals(Path.of("feeds.yml"), s.feedsFile());
        assertTrue(s.crawl());
        assertTrue(s.userAgent().startsWith("ipradar/"));
    }

    @Test
    void userAgentCarriesTheConfiguredContact() {
        assertEquals("ipradar/" + Settings.VERSION + " (+ip-desk@example.org; overseas IP knowledge base)",
                SettingsLoader.from(Map.of("IPRADAR_CONTACT", "ip-desk@example.org")).userAgent());
        assertEquals("ipradar/" + Settings.VERSION + " (+https://github.com/ipradar/ipradar; overseas IP knowledge"
                + " base)", SettingsLoader.from(Map.of()).userAgent());
        assertEquals("desk-bot/2 (+https://desk.example.org/bot)",
                SettingsLoader.from(Map.of("IPRADAR_USER_AGENT", "desk-bot/2 (+https://desk.example.org/bot)"))
                        .userAgent());
    }

    @Test
    void environmentOverridesDefaults() {
        Settings s = SettingsLoader.from(Map.of("IPRADAR_PORT", "8080", "IPRADAR_DATA_DIR", "/tmp/x",
                "IPRADAR_CRAWL", "off", "IPRADAR_FEEDS", "other.yml"));
        assertEquals(8080, s.port());
        assertEquals(Path.of("/tmp/x"), s.dataDir());
        assertFalse(s.crawl());
        assertEquals("IPRADAR_CRAWL=off", "IPRADAR_CRAWL=" + s.asEnv().get("IPRADAR_CRAWL"));
    }

    @Test
    void badValuesNameTheVariable() {
        assertEquals("IPRADAR_PORT must be a port number from 0 to 65535 (got \"http\")",
                assertThrows(ConfigException.class, () -> SettingsLoader.from(Map.of("IPRADAR_PORT", "http")))
                        .getMessage());
        assertEquals("IPRADAR_CONTACT must be an e-mail address or an http(s) address where a webmaster can reach"
                        + " you (got \"bob\")",
                assertThrows(ConfigException.class, () -> SettingsLoader.from(Map.of("IPRADAR_CONTACT", "bob")))
                        .getMessage());
        assertEquals("IPRADAR_USER_AGENT must contain a contact (an e-mail address or an http(s) address) so"
                        + " webmasters can reach you (got \"mybot/1.0\")",
                assertThrows(ConfigException.class,
                        () -> SettingsLoader.from(Map.of("IPRADAR_USER_AGENT", "mybot/1.0"))).getMessage());
        assertEquals("IPRADAR_CRAWL must be one of: on, off (got \"maybe\")",
                assertThrows(ConfigException.class, () -> SettingsLoader.from(Map.of("IPRADAR_CRAWL", "maybe")))
                        .getMessage());
    }
}
