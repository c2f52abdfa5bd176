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

    @Test
    void theDictionaryIsAReadableFileOrLookedForInTheDataDirectory(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Settings none = SettingsLoader.from(Map.of());
        assertEquals(null, none.dictionary());
        assertEquals("", none.asEnv().get("IPRADAR_DICTIONARY"));
        Path file = java.nio.file.Files.writeString(dir.resolve("cedict_ts.u8"), "",
                java.nio.charset.StandardCharsets.UTF_8);
        Settings set = SettingsLoader.from(Map.of("IPRADAR_DICTIONARY", " " + file + " "));
        assertEquals(file, set.dictionary());
        assertEquals(file.toString(), set.asEnv().get("IPRADAR_DICTIONARY"));
        assertEquals(file, set.withDataDir(dir.resolve("other")).withPort(1).withCrawl(false).dictionary());
        assertEquals(null, set.withDictionary(null).dictionary());
        assertEquals("IPRADAR_DICTIONARY must name a readable dictionary file in the CEDICT format, such as"
                        + " cedict_ts.u8 (got \"" + dir + "\": no such readable file)",
                assertThrows(ConfigException.class,
                        () -> SettingsLoader.from(Map.of("IPRADAR_DICTIONARY", dir.toString()))).getMessage());
    }
}
