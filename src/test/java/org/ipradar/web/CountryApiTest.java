package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.country.CountryProfiles;
import org.ipradar.store.AuditEntry;
import org.ipradar.store.AuditStore;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The country profiles' API over HTTP, as scripts use it: anonymous reads, editors' saves with API tokens. */
class CountryApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Services services;
    Javalin app;
    Http http;
    String editor;
    String admin;
    String consultant;

    @BeforeEach
    void start() {
        services = Services.open(TestServices.settings(dir), List.of(), n -> {},
                new MutableClock(Instant.parse("2026-12-01T02:00:00Z")));
        Auth auth = TestAuth.cheap(services);
        TestAuth.add(auth, "li", Role.EDITOR);
        TestAuth.add(auth, "boss", Role.ADMIN);
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        editor = auth.createToken("li", "test", "test").secret();
        admin = auth.createToken("boss", "test", "test").secret();
        consultant = auth.createToken("zhao", "test", "test").secret();
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
        services.close();
    }

    Http.Answer put(String path, String token, String body) {
        Http.Call c = http.call("PUT", path).body("application/json", body);
        if (token != null) {
            c.bearer(token);
        }
        return c.send();
    }

    @Test
    void theListNamesEveryJurisdictionWithItsCounts() {
        Http.Answer a = http.get("/api/countries");
        assertEquals(200, a.status());
        JsonNode list = a.json().get("countries");
        List<String> codes = new ArrayList<>();
        list.forEach(n -> codes.add(n.get("code").asText()));
        assertEquals(CountryProfiles.codes(), codes);
        JsonNode sg = list.get(7);
        assertEquals("{\"code\":\"SG\",\"name\":{\"zh\":\"新加坡\",\"en\":\"Singapore\"},\"asean\":true,\"version\":1,"
                + "\"origin\":\"shipped\",\"facts\":28,\"flagged\":6,\"oldestReview\":\"2026-11-24\",\"links\":{\"api\":"
                + "\"/api/countries/SG\",\"page\":\"/countries/SG\"}}", sg.toString());
        assertEquals(false, list.get(10).get("asean").asBoolean(), "CN");
    }

    @Test
    void aProfileIsReadByAnyoneInEitherCaseWithItsVersionAsEntityTag() {
        Http.Answer a = http.get("/api/countries/sg");
        assertEquals(200, a.status());
        assertEquals("\"1\"", a.header("ETag"));
        JsonNode p = a.json();
        assertEquals("SG", p.get("code").asText());
        assertEquals("shipped", p.get("origin").asText());
        assertEquals(false, p.has("updatedBy"));
        JsonNode pct = p.get("sections").get("treaties").get(1);
        assertEquals("{\"id\":\"pct\",\"zh\":\"PCT 成员国（1995 年起）：可通过 PCT 国际申请进入新加坡国家阶段。\",\"en\":\"PCT"
                + " contracting state (since 1995): a PCT international application can enter the Singapore national"
                + " phase.\",\"source\":{\"name\":\"WIPO – PCT contracting states\",\"url\":"
                + "\"https://www.wipo.int/pct/en/pct_contracting_states.html\"},\"lastReviewed\":\"2026-11-24\","
                + "\"review\":false,\"member\":true,\"since\":1995}", pct.toString());
        List<String> sections = new ArrayList<>();
        p.get("sections").fieldNames().forEachRemaining(sections::add);
        assertEquals(List.of("offices", "laws", "treaties", "rules", "enforcement", "timelines", "pitfalls"), sections);
    }

    @Test
    void unknownCodesAre404AndMalformedOnes400() {
        Http.Answer a = http.get("/api/countries/FR");
        assertEquals(404, a.status());
        assertEquals("{\"code\":\"not_found\",\"message\":\"no country profile for \\\"FR\\\"; profiles exist for: BN,"
                + " KH, ID, LA, MY, MM, PH, SG, TH, VN, CN, US, EU, JP, KR, IN\"}", a.body());
        a = http.get("/api/countries/S1");
        assertEquals(400, a.status());
        assertEquals("{\"code\":\"invalid_code\",\"message\":\"a country code is two letters such as VN or SG (got"
                + " \\\"S1\\\")\",\"field\":\"code\"}", a.body());
        assertEquals(400, http.get("/api/countries/SGP").status());
        assertEquals(404, http.get("/countries/FR").status());
        assertEquals(400, http.get("/countries/S%C3%9F").status());
    }

    @Test
    void anEditorSavesAWholeProfileOverTheVersionTheyReadAndAStaleSaveIs409() {
        ObjectNode body = (ObjectNode) http.get("/api/countries/SG").json();
        ArrayNode pitfalls = (ArrayNode) body.get("sections").get("pitfalls");
        ObjectNode first = (ObjectNode) pitfalls.get(0);
        first.put("en", "Register first.");
        body.put("version", 1);

        assertEquals(401, put("/api/countries/SG", null, body.toString()).status());
        assertEquals(403, put("/api/countries/SG", consultant, body.toString()).status());

        Http.Answer a = put("/api/countries/SG", editor, body.toString());
        assertEquals(200, a.status(), a.body());
        assertEquals("\"2\"", a.header("ETag"));
        assertEquals(2, a.json().get("version").asInt());
        assertEquals("edited", a.json().get("origin").asText());
        assertEquals("li", a.json().get("updatedBy").asText());
        assertEquals("2026-12-01T02:00:00Z", a.json().get("updated").asText());

        // anyone now reads the editor's version, without the editor's name
        JsonNode read = http.get("/api/countries/SG").json();
        assertEquals("Register first.", read.get("sections").get("pitfalls").get(0).get("en").asText());
        assertEquals(false, read.has("updatedBy"));
        assertEquals("li", http.call("GET", "/api/countries/SG").bearer(admin).send().json().get("updatedBy")
                .asText());

        // the same body again is over version 1, now stale
        Http.Answer stale = put("/api/countries/SG", admin, body.toString());
        assertEquals(409, stale.status());
        assertEquals("{\"code\":\"stale\",\"message\":\"the SG profile was changed by someone else since you opened it"
                + " (you edited version 1, it is now at version 2); reload it and apply your changes again\",\"field\":"
                + "\"version\",\"currentVersion\":2}", stale.body());

        List<AuditEntry> log = services.audit().list(new AuditStore.Query(null, "country_profile_saved", 10, 0))
                .entries();
        assertEquals(1, log.size());
        assertEquals("SG version 2: changed squatting", log.get(0).summary());
        assertEquals("li", log.get(0).actor());
    }

    @Test
    void theVersionComesFromIfMatchOrTheBodyAndMustBeGiven() {
        ObjectNode body = (ObjectNode) http.get("/api/countries/VN").json();
        body.remove("version");
        Http.Answer a = put("/api/countries/VN", editor, body.toString());
        assertEquals(400, a.status());
        assertEquals("version_required", a.json().get("code").asText());
        ((ObjectNode) body.get("name")).put("en", "Vietnam");
        a = http.call("PUT", "/api/countries/VN").bearer(editor).header("If-Match", "\"1\"")
                .body("application/json", body.toString()).send();
        assertEquals(200, a.status(), a.body());
        assertEquals("Vietnam", a.json().get("name").get("en").asText());
    }

    @Test
    void badBodiesAre400NamingTheField() {
        ObjectNode body = (ObjectNode) http.get("/api/countries/SG").json();
        body.put("version", 1);
        ((ObjectNode) body.get("sections").get("laws").get(0)).put("colour", "red");
        Http.Answer a = put("/api/countries/SG", editor, body.toString());
        assertEquals(400, a.status());
        assertEquals("unknown_field", a.json().get("code").asText());
        assertEquals("sections.laws[0].colour", a.json().get("field").asText());

        body = (ObjectNode) http.get("/api/countries/SG").json();
        body.put("version", 1);
        ((ObjectNode) body.get("sections")).putArray("timelines");
        a = put("/api/countries/SG", editor, body.toString());
        assertEquals("{\"code\":\"invalid_profile\",\"message\":\"sections.timelines needs at least one fact\","
                + "\"field\":\"sections.timelines\"}", a.body());

        a = put("/api/countries/SG", editor, "{\"version\": 1, \"name\": ");
        assertEquals(400, a.status());
        assertEquals("invalid_json", a.json().get("code").asText());
        assertEquals(1, services.countries().get("SG").orElseThrow().version());
    }

    @Test
    void oneFactIsSavedOrAddedThroughItsOwnAddress() {
        Http.Answer a = put("/api/countries/TH/facts/hague", editor, "{\"version\": 1, \"zh\": \"已加入海牙协定。\","
                + " \"en\": \"Joined the Hague Agreement.\", \"member\": true, \"since\": 2026, \"lastReviewed\":"
                + " \"2026-12-01\", \"source\": {\"name\": \"WIPO\", \"url\": \"https://www.wipo.int/hague/en/members/\"}}");
        assertEquals(200, a.status(), a.body());
        JsonNode hague = a.json().get("sections").get("treaties").get(3);
        assertEquals("{\"id\":\"hague\",\"zh\":\"已加入海牙协定。\",\"en\":\"Joined the Hague Agreement.\",\"source\":"
                + "{\"name\":\"WIPO\",\"url\":\"https://www.wipo.int/hague/en/members/\"},\"lastReviewed\":\"2026-12-01\","
                + "\"review\":false,\"member\":true,\"since\":2026}", hague.toString());

        String fact = "{\"version\": 2, \"zh\": \"新提示。\", \"en\": \"New tip.\", \"lastReviewed\": \"2026-11-30\","
                + " \"source\": {\"name\": \"DIP\", \"url\": \"https://www.ipthailand.go.th\"}";
        a = put("/api/countries/TH/facts/new_tip", editor, fact + "}");
        assertEquals(400, a.status());
        assertEquals("section_required", a.json().get("code").asText());
        a = put("/api/countries/TH/facts/new_tip", editor, fact + ", \"section\": \"pitfalls\"}");
        assertEquals(200, a.status(), a.body());
        JsonNode pitfalls = a.json().get("sections").get("pitfalls");
        assertEquals("new_tip", pitfalls.get(pitfalls.size() - 1).get("id").asText());
        a = put("/api/countries/TH/facts/new_tip", editor, "{\"version\": 3, \"id\": \"other\"}");
        assertEquals("id_mismatch", a.json().get("code").asText());
        a = put("/api/countries/TH/facts/new_tip", editor, fact.replace("\"version\": 2", "\"version\": 3")
                + ", \"section\": \"footnotes\"}");
        assertEquals("invalid_section", a.json().get("code").asText());

        JsonNode versions = http.call("GET", "/api/countries/TH/versions").bearer(editor).send().json();
        assertEquals("{\"code\":\"TH\",\"versions\":[{\"version\":3,\"saved\":\"2026-12-01T02:00:00Z\",\"savedBy\":\"li\","
                + "\"summary\":\"added new_tip\"},{\"version\":2,\"saved\":\"2026-12-01T02:00:00Z\",\"savedBy\":\"li\","
                + "\"summary\":\"changed hague\"},{\"version\":1,\"saved\":null,\"savedBy\":null,\"summary\":\"shipped\"}]}",
                versions.toString());
        assertTrue(services.countries().get("TH").orElseThrow().membership(org.ipradar.country.Treaty.HAGUE)
                .orElseThrow().member());
    }

    @Test
    void readingNeedsNoAccountButWritingIsNotOpenToConsultants() throws Exception {
        assertEquals(200, http.call("GET", "/api/countries/JP").bearer(consultant).send().status());
        Http.Answer a = put("/api/countries/JP/facts/pct", consultant, "{}");
        assertEquals(403, a.status());
        assertEquals("forbidden", JSON.readTree(a.body()).get("code").asText());
    }
}
