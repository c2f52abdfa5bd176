package org.ipradar.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Profiles and facts as the API reads and writes them: camelCase keys, sections under {@code sections}. Reading is
 * strict (an unknown key is an error naming it) but accepts the read-only fields the API shows, so a client may send
 * back what it read.
 */
public final class ProfileJson {
    /** Fields the API shows that a save ignores (besides {@code version}, which the caller reads). */
    private static final Set<String> READ_ONLY = Set.of("version", "origin", "updated", "updatedBy",
            "shippedChanged", "facts", "flagged", "oldestReview", "links");

    private ProfileJson() {}

    /** The profile as the API shows it; who saved it is left out unless {@code showEditor}. */
    public static ObjectNode write(CountryProfile p, boolean showEditor) {
        ObjectNode o = ProfileCodec.write(p);
        if (!showEditor) {
            o.remove("updatedBy");
        }
        return o;
    }

    /** One fact as the API shows it. */
    public static ObjectNode write(Fact f) {
        return ProfileCodec.writeFact(f);
    }

    /**
     * Reads a profile sent to {@code PUT /api/countries/{code}}: {@code name} and {@code sections}, optionally
     * {@code code} (which must match); not yet checked against {@link CountryProfiles}' rules, which saving does.
     */
    public static CountryProfile read(String code, JsonNode body) {
        ProfileCodec.Content c = ProfileCodec.readProfile(body, ProfileCodec.Naming.JSON, READ_ONLY);
        if (c.code() != null && !c.code().equals(code)) {
            throw ProfileCodec.invalid("code", "the body says code " + c.code() + " but the address says " + code);
        }
        // not saved yet: version 0
        return new CountryProfile(code, c.nameZh(), c.nameEn(), c.sections(), 0, CountryProfile.Origin.EDITED, null,
                null, false);
    }

    /**
     * Reads one fact sent to {@code PUT /api/countries/{code}/facts/{id}}; {@code extra} names the further keys the
     * caller reads itself (such as {@code version} and {@code section}).
     */
    public static Fact readFact(JsonNode body, Set<String> extra) {
        return ProfileCodec.readFact(body, ProfileCodec.Naming.JSON, "fact", null, extra);
    }
}
