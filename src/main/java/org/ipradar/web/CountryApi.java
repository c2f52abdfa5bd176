package org.ipradar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipradar.Services;
import org.ipradar.country.CountryException;
import org.ipradar.country.CountryProfile;
import org.ipradar.country.CountryProfiles;
import org.ipradar.country.Fact;
import org.ipradar.country.ProfileJson;
import org.ipradar.country.ProfileVersion;
import org.ipradar.country.Section;
import org.ipradar.desk.Actor;

/** The country profiles' JSON API: the list, one profile, and editors' saves of a whole profile or one fact. */
final class CountryApi {
    private static final ObjectMapper JSON = WebApp.jsonMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Services services;

    CountryApi(Services services) {
        this.services = services;
    }

    /** Whether the actor may edit profiles, and so sees who edited them. */
    static boolean isEditor(Actor a) {
        return a != null && (a.has("editor") || a.has("admin"));
    }

    /** {@code GET /api/countries}: every profile's code, names and counts. */
    void list(Context ctx) {
        ArrayNode list = NODES.arrayNode();
        for (CountryProfile p : services.countries().list()) {
            ObjectNode o = list.addObject();
            o.put("code", p.code());
            ObjectNode name = o.putObject("name");
            name.put("zh", p.nameZh());
            name.put("en", p.nameEn());
            o.put("asean", org.ipradar.vocab.Countries.ASEAN.contains(p.code()));
            o.put("version", p.version());
            o.put("origin", p.origin().name().toLowerCase(Locale.ROOT));
            o.put("facts", p.facts().size());
            o.put("flagged", p.flagged());
            o.put("oldestReview", p.oldestReview().toString());
            ObjectNode links = o.putObject("links");
            links.put("api", "/api/countries/" + p.code());
            links.put("page", "/countries/" + p.code());
        }
        ObjectNode body = NODES.objectNode();
        body.set("countries", list);
        ctx.json(body);
    }

    /** {@code GET /api/countries/{code}}: the current profile, with its version as the entity tag. */
    void get(Context ctx) {
        CountryProfile p = profile(services, ctx.pathParam("code"));
        send(ctx, p, isEditor(DeskRoutes.actor(ctx)));
    }

    /** {@code PUT /api/countries/{code}}: saves a whole profile over the version in If-Match or the body. */
    void save(Context ctx) {
        CountryProfile current = profile(services, ctx.pathParam("code"));
        JsonNode body = body(ctx);
        long version = DeskRequests.requiredVersion(ctx, bodyVersion(body));
        CountryProfile edited = ProfileJson.read(current.code(), body);
        send(ctx, services.countries().save(DeskRoutes.actor(ctx), current.code(), version, edited), true);
    }

    /**
     * {@code PUT /api/countries/{code}/facts/{fact}}: saves one fact (a fact object, plus {@code version} and, to add a
     * fact or move it, {@code section}).
     */
    void saveFact(Context ctx) {
        CountryProfile current = profile(services, ctx.pathParam("code"));
        String id = ctx.pathParam("fact");
        JsonNode body = body(ctx);
        if (!body.isObject()) {
            throw CountryException.invalid("invalid_json", "body", "the body must be a fact object");
        }
        long version = DeskRequests.requiredVersion(ctx, bodyVersion(body));
        JsonNode bodyId = body.get("id");
        if (bodyId != null && !bodyId.isNull() && !id.equals(bodyId.asText())) {
            throw CountryException.invalid("id_mismatch", "id", "the body's id \"" + bodyId.asText()
                    + "\" differs from the address's \"" + id + "\"");
        }
        ObjectNode withId = ((ObjectNode) body).deepCopy();
        withId.put("id", id);
        Section section = null;
        JsonNode s = withId.remove("section");
        if (s != null && !s.isNull()) {
            try {
                section = Section.parse(s.asText());
            } catch (IllegalArgumentException e) {
                throw CountryException.invalid("invalid_section", "section", "section " + e.getMessage());
            }
        }
        withId.remove("version");
        Fact fact = ProfileJson.readFact(withId, Set.of());
        send(ctx, services.countries().saveFact(DeskRoutes.actor(ctx), current.code(), version, section, fact), true);
    }

    /** {@code GET /api/countries/{code}/versions}: the profile's versions, newest first. */
    void history(Context ctx) {
        CountryProfile p = profile(services, ctx.pathParam("code"));
        List<ProfileVersion> versions = services.countries().history(p.code());
        ObjectNode body = NODES.objectNode();
        body.put("code", p.code());
        ArrayNode list = body.putArray("versions");
        for (ProfileVersion v : versions) {
            ObjectNode o = list.addObject();
            o.put("version", v.version());
            o.put("saved", v.saved() == null ? null : v.saved().toString());
            o.put("savedBy", v.savedBy());
            o.put("summary", v.summary());
        }
        ctx.json(body);
    }

    private static void send(Context ctx, CountryProfile p, boolean editor) {
        DeskRequests.etag(ctx, p.version());
        ObjectNode o = ProfileJson.write(p, editor);
        ObjectNode links = o.putObject("links");
        links.put("page", "/countries/" + p.code());
        ctx.json(o);
    }

    /** The profile for a code from the path: 400 when it is not two letters, 404 when there is no profile. */
    static CountryProfile profile(Services services, String code) {
        if (!CountryProfiles.wellFormed(code)) {
            throw CountryException.invalid("invalid_code", "code", "a country code is two letters such as VN or SG"
                    + " (got \"" + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "\")");
        }
        return services.countries().get(code).orElseThrow(() -> CountryException.notFound("no country profile for \""
                + code.toUpperCase(Locale.ROOT) + "\"; profiles exist for: "
                + String.join(", ", CountryProfiles.codes())));
    }

    private static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw CountryException.invalid("invalid_json", "body", "the request needs a JSON body");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isNull()) {
                throw CountryException.invalid("invalid_json", "body", "the request needs a JSON object, not null");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw CountryException.invalid("invalid_json", "body", "the body is not valid JSON" + where);
        }
    }

    private static Long bodyVersion(JsonNode body) {
        JsonNode v = body.get("version");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw CountryException.invalid("invalid_version", "version", "version must be a whole number such as 3"
                    + " (got " + v + ")");
        }
        return v.longValue();
    }
}
