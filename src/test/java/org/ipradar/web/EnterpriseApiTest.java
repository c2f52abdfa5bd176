package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.testing.Firms;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firms' JSON API as scripts use it, with API tokens: shapes, statuses, error fields and headers. */
class EnterpriseApiTest {
    static final String GRAPHENE = """
            {"name": "星辰新材料有限公司", "industry": "new_materials", "markets": ["US", "vn"],
             "products": [{"name": "石墨烯导热膜", "description": "多层石墨烯导热膜。",
                           "features": ["石墨烯层与铜箔交替叠压", "面内导热系数不低于 1500 W/mK"],
                           "hsCodes": ["3921.90"]}],
             "competitors": ["Acme Thermal Inc."],
             "ownPatents": [{"number": "CN112345678A", "jurisdiction": "CN"}],
             "ownTrademarks": [{"mark": "烯盾", "jurisdiction": "VN", "number": "4-2024-01234"}]}
            """;

    @TempDir
    Path dir;

    Services services;
    Javalin app;
    Http http;
    String zhao;
    String qian;
    String root;
    String li;

    @BeforeEach
    void start() {
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, new MutableClock(Instant.parse(
                        "2026-08-10T04:00:00Z")));
        Auth auth = TestAuth.cheap(services);
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        TestAuth.add(auth, "qian", Role.CONSULTANT);
        TestAuth.add(auth, "root", Role.ADMIN);
        TestAuth.add(auth, "li", Role.EDITOR);
        zhao = auth.createToken("zhao", "test", "test").secret();
        qian = auth.createToken("qian", "test", "test").secret();
        root = auth.createToken("root", "test", "test").secret();
        li = auth.createToken("li", "test", "test").secret();
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
        services.close();
    }

    Http.Answer call(String method, String path, String token, String json, String... headers) {
        Http.Call c = http.call(method, path);
        if (token != null) {
            c.bearer(token);
        }
        if (json != null) {
            c.body("application/json", json);
        }
        for (int i = 0; i < headers.length; i += 2) {
            c.header(headers[i], headers[i + 1]);
        }
        return c.send();
    }

    String create(String token, String json) {
        Http.Answer a = call("POST", "/api/enterprises", token, json);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asText();
    }

    @Test
    void createReadListAndSaveWithOptimisticLocking() {
        Http.Answer created = call("POST", "/api/enterprises", zhao, GRAPHENE);
        assertEquals(201, created.status(), created.body());
        JsonNode e = created.json();
        String id = e.get("id").asText();
        assertTrue(id.matches("ent-[0-9a-f]{16}"), id);
        assertEquals("/api/enterprises/" + id, created.header("Location"));
        assertEquals("\"1\"", created.header("ETag"));
        assertEquals("no-store", created.header("Cache-Control"));
        assertEquals(List.of("id", "version", "name", "industry", "products", "markets", "competitors", "ownPatents",
                "ownTrademarks", "consultants", "created", "createdBy", "updated", "updatedBy"), names(e));
        assertEquals("[\"US\",\"VN\"]", e.get("markets").toString());
        assertEquals("[\"zhao\"]", e.get("consultants").toString());
        assertEquals("2026-08-10T04:00:00Z", e.get("created").asText());
        JsonNode p = e.get("products").get(0);
        assertEquals(List.of("id", "name", "description", "features", "hsCodes"), names(p));
        assertEquals("[\"石墨烯层与铜箔交替叠压\",\"面内导热系数不低于 1500 W/mK\"]", p.get("features").toString());
        assertEquals("[\"392190\"]", p.get("hsCodes").toString());
        assertEquals("[{\"number\":\"CN112345678A\",\"jurisdiction\":\"CN\"}]", e.get("ownPatents").toString());
        assertEquals("[{\"mark\":\"烯盾\",\"jurisdiction\":\"VN\",\"number\":\"4-2024-01234\"}]",
                e.get("ownTrademarks").toString());

        Http.Answer got = call("GET", "/api/enterprises/" + id, zhao, null);
        assertEquals(200, got.status());
        assertEquals(created.body(), got.body(), "what was created is what is read");
        assertEquals("no-store", got.header("Cache-Control"));

        Http.Answer list = call("GET", "/api/enterprises", zhao, null);
        assertEquals("{\"enterprises\":[{\"id\":\"" + id + "\",\"name\":\"星辰新材料有限公司\",\"industry\":"
                + "\"new_materials\",\"markets\":[\"US\",\"VN\"],\"products\":1,\"consultants\":[\"zhao\"],"
                + "\"version\":1,\"updated\":\"2026-08-10T04:00:00Z\"}]}", list.body());
        assertEquals("no-store", list.header("Cache-Control"));
        assertEquals("{\"enterprises\":[]}", call("GET", "/api/enterprises", qian, null).body());

        String productId = p.get("id").asText();
        String edit = "{\"name\": \"星辰\", \"industry\": \"new_materials\", \"products\": [{\"id\": \"" + productId
                + "\", \"name\": \"导热膜\", \"features\": [\"叠压\"]}]}";
        Http.Answer noVersion = call("PUT", "/api/enterprises/" + id, zhao, edit);
        assertEquals(400, noVersion.status());
        assertEquals("invalid_version", noVersion.json().get("code").asText());
        assertEquals("version", noVersion.json().get("field").asText());

        Http.Answer saved = call("PUT", "/api/enterprises/" + id, zhao, edit, "If-Match", "\"1\"");
        assertEquals(200, saved.status(), saved.body());
        assertEquals("\"2\"", saved.header("ETag"));
        assertEquals(productId, saved.json().get("products").get(0).get("id").asText(), "the product keeps its id");
        assertEquals("[]", saved.json().get("markets").toString(), "a save replaces the whole profile");

        Http.Answer stale = call("PUT", "/api/enterprises/" + id, zhao, edit.replace("{\"name\"",
                "{\"version\": 1, \"name\""));
        assertEquals(409, stale.status());
        assertEquals("{\"code\":\"stale\",\"message\":\"the firm's profile was changed by someone else since you"
                + " opened it (you edited version 1, it is now at version 2); reload it and apply your changes"
                + " again\",\"field\":\"version\",\"currentVersion\":2}", stale.body());
        assertEquals("no-store", stale.header("Cache-Control"));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void badInputIs400NamingTheFieldAndServerSetFieldsCannotBeSent() {
        record Case(String body, String code, String field, String message) {}
        for (Case c : List.of(
                new Case("", "invalid_body", "body", "the request needs a JSON body"),
                new Case("{\"name\": ", "invalid_body", "body", null),
                new Case("{\"name\": \"F\", \"industry\": \"ai\", \"consultants\": [\"qian\"]}",
                        "invalid_consultants", "consultants", "\"consultants\" is not a field that can be set here"),
                new Case("{\"id\": \"ent-x\", \"name\": \"F\", \"industry\": \"ai\"}", "invalid_id", "id",
                        "\"id\" is not a field that can be set here"),
                new Case("{\"name\": \"F\", \"industry\": \"ai\", \"createdBy\": \"root\"}", "invalid_createdBy",
                        "createdBy", "\"createdBy\" is not a field that can be set here"),
                new Case("{\"name\": \"F\", \"industry\": \"ai\", \"markets\": \"US\"}", "invalid_markets", "markets",
                        null),
                new Case("{\"name\": \"F\", \"industry\": \"ai\", \"products\": [{\"name\": \"p\", \"features\":"
                        + " {\"a\": 1}}]}", "invalid_products", "products[0].features", null),
                new Case("{\"name\": \"F\", \"industry\": \"ai\", \"products\": [{\"name\": \"p\", \"price\": 3}]}",
                        "invalid_products", "products[0].price", "\"products[0].price\" is not a field that can be"
                                + " set here"),
                new Case("{\"name\": \"F\", \"industry\": \"tea\"}", "invalid_industry", "industry", null),
                new Case("{\"name\": \"F\", \"industry\": \"ai\", \"markets\": [\"VN\", \"ZZ\"]}", "invalid_markets",
                        "markets", "markets must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO (got"
                                + " \"ZZ\")"))) {
            Http.Answer a = call("POST", "/api/enterprises", zhao, c.body().isEmpty() ? null : c.body());
            assertEquals(400, a.status(), c.body() + " -> " + a.body());
            assertEquals(c.code(), a.json().get("code").asText(), c.body());
            assertEquals(c.field(), a.json().get("field").asText(), c.body());
            if (c.message() != null) {
                assertEquals(c.message(), a.json().get("message").asText());
            }
            assertEquals("no-store", a.header("Cache-Control"));
        }
        assertEquals("{\"enterprises\":[]}", call("GET", "/api/enterprises", root, null).body(),
                "nothing was created");
    }

    @Test
    void adminsAssignAndUnassignConsultants() {
        String id = create(zhao, GRAPHENE);
        Http.Answer byConsultant = call("POST", "/api/enterprises/" + id + "/consultants", zhao,
                "{\"user\": \"qian\"}");
        assertEquals(403, byConsultant.status());
        assertEquals("{\"code\":\"admin_only\",\"message\":\"only admins assign consultants to a firm\"}",
                byConsultant.body());
        assertEquals(404, call("GET", "/api/enterprises/" + id, qian, null).status());

        Http.Answer assigned = call("POST", "/api/enterprises/" + id + "/consultants", root, "{\"user\": \"qian\"}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("{\"enterpriseId\":\"" + id + "\",\"consultants\":[\"qian\",\"zhao\"]}", assigned.body());
        assertEquals(200, call("GET", "/api/enterprises/" + id, qian, null).status());

        Http.Answer editor = call("POST", "/api/enterprises/" + id + "/consultants", root, "{\"user\": \"li\"}");
        assertEquals(400, editor.status());
        assertEquals("user", editor.json().get("field").asText());

        Http.Answer removed = call("DELETE", "/api/enterprises/" + id + "/consultants?user=zhao", root, null);
        assertEquals("{\"enterpriseId\":\"" + id + "\",\"consultants\":[\"qian\"]}", removed.body());
        Http.Answer removedByBody = call("DELETE", "/api/enterprises/" + id + "/consultants", root,
                "{\"user\": \"qian\"}");
        assertEquals("{\"enterpriseId\":\"" + id + "\",\"consultants\":[]}", removedByBody.body());
        assertEquals(404, call("GET", "/api/enterprises/" + id, zhao, null).status(), "at once");
        Http.Answer nobody = call("DELETE", "/api/enterprises/" + id + "/consultants", root, null);
        assertEquals("{\"code\":\"invalid_user\",\"message\":\"name the consultant, as ?user=NAME or {\\\"user\\\":"
                + " \\\"NAME\\\"}\",\"field\":\"user\"}", nobody.body());
        assertEquals(403, call("GET", "/api/enterprises/" + id, root, null).status(), "assigning is not seeing");
        assertEquals(404, call("POST", "/api/enterprises/ent-0123456789abcdef/consultants", root,
                "{\"user\": \"qian\"}").status());
    }

    static final String ADMIN_NO_CONTENT = "{\"code\":\"admin_no_content\",\"message\":\"admins assign consultants"
            + " to firms but do not see or change a firm's confidential content (profile, service record, risk-patent"
            + " lists, reports); only the consultants assigned to it do\"}";

    @Test
    void anAdminListsFirmsByNameIdAndConsultantsOnlyAndIsRefusedTheirContent() {
        String id = create(zhao, GRAPHENE);
        Http.Answer list = call("GET", "/api/enterprises", root, null);
        assertEquals(200, list.status());
        assertEquals("{\"enterprises\":[{\"id\":\"" + id + "\",\"name\":\"星辰新材料有限公司\",\"consultants\":"
                + "[\"zhao\"],\"updated\":\"2026-08-10T04:00:00Z\"}]}", list.body(),
                "no industry, markets, products or version");
        assertEquals("no-store", list.header("Cache-Control"));

        for (String[] r : new String[][] {{"GET", "/api/enterprises/" + id, null},
                {"HEAD", "/api/enterprises/" + id, null},
                {"PUT", "/api/enterprises/" + id, "{\"version\": 1, \"name\": \"taken\", \"industry\": \"ai\"}"},
                {"GET", "/api/enterprises/" + id + "/service-record", null},
                {"POST", "/api/enterprises/" + id + "/service-record", "{\"type\": \"consultation\", \"text\": \"x\"}"}}) {
            Http.Answer a = call(r[0], r[1], root, r[2]);
            assertEquals(403, a.status(), r[0] + " " + r[1]);
            assertEquals(r[0].equals("HEAD") ? "" : ADMIN_NO_CONTENT, a.body(), r[0] + " " + r[1]);
            assertEquals("no-store", a.header("Cache-Control"));
            assertEquals(null, a.header("ETag"));
            Http.Answer unknown = call(r[0], r[1].replace(id, "ent-0123456789abcdef"), root, r[2]);
            assertEquals(404, unknown.status(), r[0] + " " + r[1]);
        }
        Http.Answer created = call("POST", "/api/enterprises", root, GRAPHENE);
        assertEquals(403, created.status());
        assertEquals("{\"code\":\"admin_no_content\",\"message\":\"admins do not create firms: a firm's profile is"
                + " confidential content, entered by a consultant who serves it (and is assigned to it on creation);"
                + " admins then assign other consultants\"}", created.body());
        assertEquals(1, call("GET", "/api/enterprises", root, null).json().get("enterprises").size(),
                "nothing was created");
        assertEquals(1, call("GET", "/api/enterprises/" + id, zhao, null).json().get("version").asInt(),
                "nothing was changed");
    }

    @Test
    void theServiceRecordOverHttp() {
        String id = create(zhao, GRAPHENE);
        Http.Answer added = call("POST", "/api/enterprises/" + id + "/service-record", zhao,
                "{\"type\": \"consultation\", \"date\": \"2026-08-09\", \"text\": \"首次咨询。\"}");
        assertEquals(201, added.status(), added.body());
        assertEquals("{\"id\":1,\"enterpriseId\":\"" + id + "\",\"type\":\"consultation\",\"date\":\"2026-08-09\","
                + "\"author\":\"zhao\",\"text\":\"首次咨询。\",\"reportId\":null,\"riskListId\":null,"
                + "\"recorded\":\"2026-08-10T04:00:00Z\"}", added.body());
        assertEquals("no-store", added.header("Cache-Control"));
        Http.Answer bad = call("POST", "/api/enterprises/" + id + "/service-record", zhao,
                "{\"type\": \"visit\", \"text\": \"x\"}");
        assertEquals(400, bad.status());
        assertEquals("{\"code\":\"invalid_type\",\"message\":\"type must be one of: consultation, report_delivered,"
                + " follow_up, feedback (got \\\"visit\\\")\",\"field\":\"type\"}", bad.body());
        Http.Answer author = call("POST", "/api/enterprises/" + id + "/service-record", zhao,
                "{\"type\": \"feedback\", \"text\": \"x\", \"author\": \"qian\"}");
        assertEquals(400, author.status(), "the author is who is signed in");
        Http.Answer record = call("GET", "/api/enterprises/" + id + "/service-record", zhao, null);
        assertEquals("{\"enterpriseId\":\"" + id + "\",\"entries\":[" + added.body() + "]}", record.body());
        assertEquals("no-store", record.header("Cache-Control"));
    }

    @Test
    void editorsAndAnonymousVisitorsAreRefusedBeforeAnyFirmIsLookedAt() {
        String id = create(zhao, GRAPHENE);
        for (String path : List.of("/api/enterprises", "/api/enterprises/" + id, "/api/enterprises/" + id
                + "/service-record")) {
            Http.Answer anon = call("GET", path, null, null);
            assertEquals(401, anon.status(), path);
            assertEquals("unauthorized", anon.json().get("code").asText());
            Http.Answer editor = call("GET", path, li, null);
            assertEquals(403, editor.status(), path);
            assertEquals("forbidden", editor.json().get("code").asText());
            assertTrue(!editor.body().contains("星辰"));
        }
        assertEquals(403, call("POST", "/api/enterprises", li, GRAPHENE).status());
        assertEquals("{\"enterprises\":[]}", call("GET", "/api/enterprises", qian, null).body());
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenNothingIsShownAndNothingChanges() {
        String id = create(zhao, GRAPHENE);
        String trigger = "CREATE TRIGGER audit_full BEFORE INSERT ON audit WHEN NEW.object_type = 'enterprise'"
                + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END";
        sql(trigger);
        Http.Answer read = call("GET", "/api/enterprises/" + id, zhao, null);
        assertEquals(500, read.status());
        assertEquals("internal", read.json().get("code").asText());
        assertTrue(!read.body().contains("星辰") && !read.body().contains("石墨烯"), read.body());
        Http.Answer save = call("PUT", "/api/enterprises/" + id, zhao, "{\"version\": 1, \"name\": \"改名\","
                + " \"industry\": \"ai\"}");
        assertEquals(500, save.status());
        Http.Answer entry = call("POST", "/api/enterprises/" + id + "/service-record", zhao,
                "{\"type\": \"consultation\", \"text\": \"x\"}");
        assertEquals(500, entry.status());
        sql("DROP TRIGGER audit_full");
        JsonNode now = call("GET", "/api/enterprises/" + id, zhao, null).json();
        assertEquals(1, now.get("version").asInt(), "the save was rolled back with its audit entry");
        assertEquals("星辰新材料有限公司", now.get("name").asText());
        assertEquals("[]", call("GET", "/api/enterprises/" + id + "/service-record", zhao, null).json()
                .get("entries").toString());
    }

    private void sql(String statement) {
        services.database().write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }
}
