package org.ipradar.country;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profiles shipped as YAML resources, one file per jurisdiction ({@code org/ipradar/country/SG.yml}), read and
 * checked once per process. A file that does not load is a packaging error and stops the program with the file and
 * the field at fault; {@code CountryProfilesTest} loads them all.
 */
final class ShippedProfiles {
    /** The jurisdictions with a shipped profile, in the order lists show them: the ASEAN members, then the others. */
    static final List<String> CODES = List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN",
            "CN", "US", "EU", "JP", "KR", "IN");

    private static final String DIR = "/org/ipradar/country/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * A shipped profile and the fingerprint of its content, which an editor's version records so the page can say
     * when the shipped file changed since.
     */
    record Entry(CountryProfile profile, String hash) {}

    private static volatile Map<String, Entry> all;

    private ShippedProfiles() {}

    /** Every shipped profile, by code, in {@link #CODES} order. */
    static Map<String, Entry> all() {
        Map<String, Entry> a = all;
        if (a == null) {
            synchronized (ShippedProfiles.class) {
                a = all;
                if (a == null) {
                    Map<String, Entry> loaded = new LinkedHashMap<>();
                    for (String code : CODES) {
                        loaded.put(code, load(code));
                    }
                    a = java.util.Collections.unmodifiableMap(loaded);
                    all = a;
                }
            }
        }
        return a;
    }

    /** Reads and checks one shipped file. */
    static Entry load(String code) {
        String file = code + ".yml";
        String text;
        try (InputStream in = ShippedProfiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("the country profile " + DIR + file + " is missing from the"
                        + " program's resources");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the country profile " + DIR + file + ": " + e.getMessage(),
                    e);
        }
        return parse(code, file, text);
    }

    /** Parses and checks a profile's YAML text; {@code file} is used in messages. */
    static Entry parse(String code, String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new IllegalStateException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        }
        try {
            ProfileCodec.Content c = ProfileCodec.readProfile(root, ProfileCodec.Naming.YAML, Set.of());
            if (c.code() == null) {
                throw ProfileCodec.invalid("code", "the file must say its code: " + code);
            }
            ProfileRules.check(code, c, null, "");
            CountryProfile p = CountryProfile.shipped(code, c.nameZh(), c.nameEn(), c.sections());
            return new Entry(p, hash(p));
        } catch (CountryException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** A fingerprint of a profile's content (names and facts, not version information). */
    static String hash(CountryProfile p) {
        String json = ProfileCodec.writeContent(p.code(), p.nameZh(), p.nameEn(), p.sections()).toString();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
