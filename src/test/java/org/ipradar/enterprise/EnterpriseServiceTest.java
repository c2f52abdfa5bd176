package org.ipradar.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.desk.Actor;
import org.ipradar.search.SearchRequest;
import org.ipradar.store.StoreException;
import org.ipradar.testing.Articles;
import org.ipradar.testing.Firms;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Firms' profiles, who sees them, the service record, and the audit entries every read and change leaves. */
class EnterpriseServiceTest {
    static final Actor ZHAO = Firms.consultant("zhao");
    static final Actor QIAN = Firms.consultant("qian");
    static final Actor ADMIN = Firms.admin("root");
    static final Actor LI = Firms.editor("li");
    /** An admin who is also a consultant. */
    static final Actor BOTH = new Actor("both", java.util.Set.of("admin", "consultant"), "10.0.0.7");
    static final String ADMIN_NO_CONTENT = "admins assign consultants to firms but do not see or change a firm's"
            + " confidential content (profile, service record, risk-patent lists, reports); only the consultants"
            + " assigned to it do";

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-08-10T04:00:00Z"));
    Services services;
    EnterpriseService firms;

    @BeforeEach
    void open() {
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, clock);
        Auth auth = TestAuth.cheap(services);
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        TestAuth.add(auth, "qian", Role.CONSULTANT);
        TestAuth.add(auth, "root", Role.ADMIN);
        TestAuth.add(auth, "li", Role.EDITOR);
        TestAuth.add(auth, "both", Role.ADMIN, Role.CONSULTANT);
        firms = services.enterprises();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aConsultantCreatesAFirmAndIsAssignedToIt() {
        Enterprise e = firms.create(ZHAO, Firms.graphene("星辰新材料有限公司"));
        assertTrue(e.id().matches("ent-[0-9a-f]{16}"), e.id());
        assertEquals(1, e.version());
        assertEquals("星辰新材料有限公司", e.name());
        assertEquals("new_materials", e.industry());
        assertEquals(List.of("US", "VN"), e.markets());
        assertEquals(List.of("Acme Thermal Inc."), e.competitors(), "blank and repeated names dropped");
        assertEquals(List.of(new OwnPatent("CN 112345678 A", "CN")), e.ownPatents());
        assertEquals(List.of("CN112345678A"), List.copyOf(e.ownPatentKeys()));
        assertEquals(List.of(new OwnTrademark("烯盾", "VN", "4-2024-01234"), new OwnTrademark("GrapheShield", "US",
                null)), e.ownTrademarks());
        assertEquals(List.of("zhao"), e.consultants());
        assertEquals(Instant.parse("2026-08-10T04:00:00Z"), e.created());
        assertEquals("zhao", e.createdBy());
        assertEquals(1, e.products().size());
        Product p = e.products().getFirst();
        assertTrue(p.id().matches("p[0-9a-f]{8}"), p.id());
        assertEquals("石墨烯导热膜", p.name());
        assertEquals(List.of("石墨烯层与铜箔交替叠压", "面内导热系数不低于 1500 W/mK"), p.features());
        assertEquals(List.of("392190", "7410"), p.hsCodes(), "dots dropped");
        assertEquals(e, firms.get(ZHAO, e.id()), "what was returned is what is stored");
    }

    @Test
    void anAdminMayNotCreateAFirmButAnAdminWhoIsAlsoAConsultantMayAndAseanExpands() {
        EnterpriseDraft d = new EnterpriseDraft("Firm", "electronics", List.of(), List.of("ASEAN", "th", "EU"),
                List.of(), List.of(), List.of());
        EnterpriseException refused = assertThrows(EnterpriseException.class, () -> firms.create(ADMIN, d));
        assertEquals(List.of(EnterpriseException.Reason.FORBIDDEN, 403, "admin_no_content", "admins do not create"
                + " firms: a firm's profile is confidential content, entered by a consultant who serves it (and is"
                + " assigned to it on creation); admins then assign other consultants"), List.of(refused.reason(),
                        refused.status(), refused.code(), refused.getMessage()));
        assertEquals(List.of(), firms.list(ADMIN), "nothing was stored");
        assertEquals(List.of("root enterprise_created null denied 10.0.0.9 | refused: admins do not create firms",
                "root enterprises_listed null ok 10.0.0.9 | listed 0 firms (all, names and consultants only)"),
                Firms.auditLines(services.audit()));

        Enterprise e = firms.create(BOTH, d);
        assertEquals(List.of("both"), e.consultants(), "created as consultant, and assigned");
        assertEquals(List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "EU"), e.markets());
    }

    static Stream<Arguments> badDrafts() {
        Product ok = new Product(null, "膜", "", List.of(), List.of());
        return Stream.of(
                Arguments.of(Firms.minimal(" ", "ai"), "invalid_name", "name", "name must not be empty"),
                Arguments.of(Firms.minimal("x".repeat(201), "ai"), "invalid_name", "name",
                        "name is 201 characters; at most 200 are accepted"),
                Arguments.of(Firms.minimal("F", null), "invalid_industry", "industry",
                        "industry is required: one of new_materials, high_end_equipment, ai, biomedicine,"
                                + " medical_devices, food, chemicals, electronics, textiles, agriculture, energy,"
                                + " other"),
                Arguments.of(Firms.minimal("F", "steel"), "invalid_industry", "industry",
                        "industry must be one of: new_materials, high_end_equipment, ai, biomedicine,"
                                + " medical_devices, food, chemicals, electronics, textiles, agriculture, energy,"
                                + " other (got \"steel\")"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(), List.of("VN", "XX"), List.of(), List.of(),
                        List.of()), "invalid_markets", "markets", "markets must be an ISO 3166-1 alpha-2 code such"
                                + " as VN, TH, SG, or EU or WO (got \"XX\")"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(), List.of("WO"), List.of(), List.of(),
                        List.of()), "invalid_markets", "markets", "markets: WO is not a market; name the countries"
                                + " (or EU, or ASEAN for its ten members)"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(ok, new Product(null, " ", "d", List.of(),
                        List.of())), List.of(), List.of(), List.of(), List.of()), "invalid_products",
                        "products[1].name", "products[1].name must not be empty"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(new Product(null, "膜", "", List.of(),
                        List.of("85044"))), List.of(), List.of(), List.of(), List.of()), "invalid_products",
                        "products[0].hsCodes", "products[0].hsCodes: \"85044\" is not an HS code (4, 6, 8 or 10"
                                + " digits, dots allowed, as 8504.40)"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(new Product("p00000000", "膜", "", List.of(),
                        List.of())), List.of(), List.of(), List.of(), List.of()), "invalid_products",
                        "products[0].id", "products[0].id \"p00000000\" is not a product of this firm; leave id out"
                                + " to add a product"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(new Product(null, "膜", "", List.of("x".repeat(
                        1001)), List.of())), List.of(), List.of(), List.of(), List.of()), "invalid_products",
                        "products[0].features", "products[0].features: an item is 1001 characters; at most 1000 are"
                                + " accepted"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(), List.of(), List.of(), List.of(new OwnPatent(
                        "ABC", "CN")), List.of()), "invalid_ownPatents", "ownPatents[0].number",
                        "ownPatents[0].number must be a patent number such as CN112345678A (got \"ABC\")"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(), List.of(), List.of(), List.of(new OwnPatent(
                        "US10123456", "")), List.of()), "invalid_ownPatents", "ownPatents[0].jurisdiction",
                        "ownPatents[0].jurisdiction must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or"
                                + " WO (got \"\")"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(), List.of(), List.of(), List.of(), List.of(
                        new OwnTrademark("", "VN", null))), "invalid_ownTrademarks", "ownTrademarks[0].mark",
                        "ownTrademarks[0].mark must not be empty"),
                Arguments.of(new EnterpriseDraft("F", "ai", List.of(), List.of(), java.util.Collections.nCopies(101,
                        "c"), List.of(), List.of()), "invalid_competitors", "competitors",
                        "competitors has 101 items; at most 100 are accepted"));
    }

    @ParameterizedTest
    @MethodSource("badDrafts")
    void aBadDraftIsRefusedNamingTheFieldAndNothingIsStored(EnterpriseDraft d, String code, String field,
            String message) {
        EnterpriseException e = assertThrows(EnterpriseException.class, () -> firms.create(ZHAO, d));
        assertEquals(List.of(EnterpriseException.Reason.INVALID, code, field, message), List.of(e.reason(), e.code(),
                e.field(), e.getMessage()));
        assertEquals(List.of(), firms.list(ZHAO));
    }

    @Test
    void aSaveKeepsProductIdsAddsNewOnesAndRefusesAStaleVersion() {
        Enterprise e = firms.create(ZHAO, Firms.graphene("星辰"));
        Product old = e.products().getFirst();
        clock.advance(java.time.Duration.ofMinutes(5));
        EnterpriseDraft d = new EnterpriseDraft("星辰新材料", "new_materials", List.of(
                new Product(null, "石墨烯散热片", "片材", List.of("开孔阵列"), List.of()),
                new Product(old.id(), old.name(), "新描述", old.features(), old.hsCodes())),
                List.of("VN"), List.of(), List.of(), List.of());
        Enterprise saved = firms.save(ZHAO, e.id(), 1, d);
        assertEquals(2, saved.version());
        assertEquals(Instant.parse("2026-08-10T04:05:00Z"), saved.updated());
        assertEquals(e.created(), saved.created());
        assertEquals(List.of("石墨烯散热片", "石墨烯导热膜"), saved.products().stream().map(Product::name).toList());
        assertEquals(old.id(), saved.products().get(1).id(), "the product keeps its id");
        assertTrue(!saved.products().getFirst().id().equals(old.id()));
        assertEquals("新描述", saved.products().get(1).description());
        assertEquals(List.of("zhao"), saved.consultants(), "a save does not touch the assignment");

        EnterpriseException stale = assertThrows(EnterpriseException.class, () -> firms.save(ZHAO, e.id(), 1, Firms.minimal("overwritten", "ai")));
        assertEquals(EnterpriseException.Reason.STALE, stale.reason());
        assertEquals(2L, stale.currentVersion());
        assertEquals("the firm's profile was changed by someone else since you opened it (you edited version 1, it"
                + " is now at version 2); reload it and apply your changes again", stale.getMessage());
        assertEquals(saved, firms.get(ZHAO, e.id()), "the stale save changed nothing");
    }

    @Test
    void anUnknownIdAndAnotherConsultantsFirmAreTheSameRefusal() {
        Enterprise a = firms.create(ZHAO, Firms.graphene("A"));
        Enterprise b = firms.create(QIAN, Firms.graphene("B"));
        List<String> messages = new ArrayList<>();
        for (String id : List.of(b.id(), "ent-0000000000000000", "", "x".repeat(300))) {
            EnterpriseNotFound nf = assertThrows(EnterpriseNotFound.class, () -> firms.require(ZHAO, id));
            messages.add(nf.code() + " " + nf.getMessage() + " " + nf.field());
            assertThrows(EnterpriseNotFound.class, () -> firms.get(ZHAO, id));
            assertThrows(EnterpriseNotFound.class, () -> firms.save(ZHAO, id, 1, Firms.minimal("x", "ai")));
            assertThrows(EnterpriseNotFound.class, () -> firms.serviceRecord(ZHAO, id));
            assertThrows(EnterpriseNotFound.class, () -> firms.addEntry(ZHAO, id, new ServiceEntryDraft(
                    "consultation", null, "t", null, null)));
            assertThrows(EnterpriseNotFound.class, () -> firms.assign(ZHAO, id, "zhao"));
        }
        assertEquals(java.util.Collections.nCopies(4, "not_found no firm has this id, or it is not assigned to you"
                + " null"), messages);
        assertEquals(a, firms.require(ZHAO, a.id()));
        assertThrows(EnterpriseNotFound.class, () -> firms.require(LI, a.id()), "an editor sees none");
        assertThrows(EnterpriseNotFound.class, () -> firms.require(null, a.id()), "nor does nobody");
        Actor zhaoAsEditor = new Actor("zhao", java.util.Set.of("editor"));
        assertThrows(EnterpriseNotFound.class, () -> firms.require(zhaoAsEditor, a.id()),
                "an assignment counts only while the user is a consultant");
        assertEquals(b.id(), firms.get(QIAN, b.id()).id());
    }

    @Test
    void anAdminIsRefusedEveryFirmsContentWith403AndAnUnknownIdWith404() throws Exception {
        Enterprise a = firms.create(ZHAO, Firms.graphene("A"));
        firms.addEntry(ZHAO, a.id(), new ServiceEntryDraft("consultation", "2026-08-09", "t", null, null));
        List<String> before = Firms.auditLines(services.audit());
        List<org.junit.jupiter.api.function.Executable> content = List.of(
                () -> firms.require(ADMIN, a.id()),
                () -> firms.require(ADMIN, a.id(), "risk_list_read"),
                () -> services.database().write(c -> firms.require(c, ADMIN, a.id())),
                () -> firms.get(ADMIN, a.id()),
                () -> firms.save(ADMIN, a.id(), 1, Firms.minimal("taken", "ai")),
                () -> firms.serviceRecord(ADMIN, a.id()),
                () -> firms.addEntry(ADMIN, a.id(), new ServiceEntryDraft("consultation", null, "planted", null,
                        null)));
        List<String> answers = new ArrayList<>();
        for (var call : content) {
            EnterpriseException e = assertThrows(EnterpriseException.class, call);
            answers.add(e.getClass().getSimpleName() + " " + e.reason() + " " + e.status() + " " + e.code() + " "
                    + e.field() + " " + e.getMessage());
        }
        assertEquals(java.util.Collections.nCopies(content.size(), "EnterpriseException FORBIDDEN 403"
                + " admin_no_content null " + ADMIN_NO_CONTENT), answers);
        for (var call : List.<org.junit.jupiter.api.function.Executable>of(
                () -> firms.require(ADMIN, "ent-0000000000000000"),
                () -> services.database().write(c -> firms.require(c, ADMIN, "ent-0000000000000000")),
                () -> firms.get(ADMIN, "ent-0000000000000000"),
                () -> firms.serviceRecord(ADMIN, "ent-0000000000000000"),
                () -> firms.assign(ADMIN, "ent-0000000000000000", "qian"))) {
            EnterpriseNotFound nf = assertThrows(EnterpriseNotFound.class, call);
            assertEquals(404, nf.status());
        }
        firms.denied(ADMIN, a.id(), "report_created");
        firms.denied(ADMIN, "ent-0000000000000000", "report_created");
        firms.denied(QIAN, a.id(), "report_created");
        String id = a.id();
        String refused = " denied 10.0.0.9 | refused: admin, not an assigned consultant: no confidential content";
        List<String> expected = new ArrayList<>(before);
        expected.addAll(List.of(
                "root enterprise_access " + id + refused,
                "root risk_list_read " + id + refused,
                // require(Connection, ...) leaves the audit to its caller, through denied
                "root enterprise_read " + id + refused,
                "root enterprise_saved " + id + refused,
                "root service_record_read " + id + refused,
                "root service_entry_added " + id + refused,
                "root enterprise_access ent-0000000000000000 denied 10.0.0.9 | refused: no such firm",
                "root enterprise_read ent-0000000000000000 denied 10.0.0.9 | refused: no such firm",
                "root service_record_read ent-0000000000000000 denied 10.0.0.9 | refused: no such firm",
                "root consultant_assigned ent-0000000000000000 denied 10.0.0.9 | refused: no such firm",
                "root report_created " + id + refused,
                "root report_created ent-0000000000000000 denied 10.0.0.9 | refused: no such firm",
                "qian report_created " + id + " denied 10.0.0.1 | refused: not assigned to this user"));
        assertEquals(expected, Firms.auditLines(services.audit()));
        assertEquals(a.version(), firms.get(ZHAO, a.id()).version(), "nothing changed");
        assertEquals(1, firms.serviceRecord(ZHAO, a.id()).size());

        // an admin may still assign; as an assigned consultant an admin sees the firm, and only then
        firms.requireAssignable(ADMIN, a.id(), "consultant_assigned");
        assertThrows(EnterpriseException.class, () -> firms.get(BOTH, a.id()));
        assertEquals(List.of("both", "zhao"), firms.assign(ADMIN, a.id(), "both"));
        assertEquals(a.id(), firms.get(BOTH, a.id()).id());
        assertEquals(a.id(), services.database().write(c -> firms.require(c, BOTH, a.id())).id());
        Actor bothAsAdminOnly = new Actor("both", java.util.Set.of("admin"), "10.0.0.7");
        EnterpriseException e = assertThrows(EnterpriseException.class, () -> firms.get(bothAsAdminOnly, a.id()));
        assertEquals("admin_no_content", e.code(), "an assignment counts only while the user is a consultant");
    }

    @Test
    void listsShowAConsultantTheirFirmsAndAnAdminAllByNameOnly() {
        Enterprise a = firms.create(ZHAO, Firms.graphene("A"));
        clock.advance(java.time.Duration.ofMinutes(1));
        Enterprise b = firms.create(QIAN, Firms.minimal("B", "food"));
        clock.advance(java.time.Duration.ofMinutes(1));
        Enterprise c = firms.create(BOTH, Firms.minimal("C", "ai"));
        EnterpriseSummary fullA = new EnterpriseSummary(a.id(), "A", "new_materials", List.of("US", "VN"), 1,
                List.of("zhao"), 1, Instant.parse("2026-08-10T04:00:00Z"));
        assertEquals(List.of(fullA), firms.list(ZHAO));
        assertEquals(List.of(b.id()), firms.list(QIAN).stream().map(EnterpriseListing::id).toList());
        assertEquals(List.of(
                new AssignmentSummary(c.id(), "C", List.of("both"), Instant.parse("2026-08-10T04:02:00Z")),
                new AssignmentSummary(b.id(), "B", List.of("qian"), Instant.parse("2026-08-10T04:01:00Z")),
                new AssignmentSummary(a.id(), "A", List.of("zhao"), Instant.parse("2026-08-10T04:00:00Z"))),
                firms.list(ADMIN), "every firm, most recently saved first, nothing of the profiles");
        assertEquals(List.of(
                new EnterpriseSummary(c.id(), "C", "ai", List.of(), 0, List.of("both"), 1,
                        Instant.parse("2026-08-10T04:02:00Z")),
                new AssignmentSummary(b.id(), "B", List.of("qian"), Instant.parse("2026-08-10T04:01:00Z")),
                new AssignmentSummary(a.id(), "A", List.of("zhao"), Instant.parse("2026-08-10T04:00:00Z"))),
                firms.list(BOTH), "in full where assigned as consultant, by name elsewhere");
        assertEquals(List.of("zhao enterprises_listed null ok 10.0.0.1 | listed 1 firm (assigned)",
                "qian enterprises_listed null ok 10.0.0.1 | listed 1 firm (assigned)",
                "root enterprises_listed null ok 10.0.0.9 | listed 3 firms (all, names and consultants only)",
                "both enterprises_listed null ok 10.0.0.7 | listed 3 firms (all; 1 in full as assigned consultant,"
                        + " the rest names and consultants only)"),
                Firms.auditLines(services.audit()).stream().filter(l -> l.contains("enterprises_listed")).toList());
        EnterpriseException e = assertThrows(EnterpriseException.class, () -> firms.list(LI));
        assertEquals(EnterpriseException.Reason.FORBIDDEN, e.reason());
    }

    @Test
    void onlyAdminsAssignAndAnUnassignmentTakesEffectAtOnce() {
        Enterprise a = firms.create(ZHAO, Firms.graphene("A"));
        EnterpriseException notAdmin = assertThrows(EnterpriseException.class, () -> firms.assign(ZHAO, a.id(),
                "qian"));
        assertEquals(List.of(EnterpriseException.Reason.FORBIDDEN, "admin_only"), List.of(notAdmin.reason(),
                notAdmin.code()));
        assertThrows(EnterpriseNotFound.class, () -> firms.get(QIAN, a.id()));

        assertEquals(List.of("qian", "zhao"), firms.assign(ADMIN, a.id(), "QIAN"), "names ignore case");
        assertEquals(a.id(), firms.get(QIAN, a.id()).id());
        assertEquals(List.of("qian", "zhao"), firms.assign(ADMIN, a.id(), "qian"), "assigning twice is harmless");

        EnterpriseException editor = assertThrows(EnterpriseException.class, () -> firms.assign(ADMIN, a.id(), "li"));
        assertEquals("\"li\" is not a consultant (roles: editor); give them the role first: ipradar user role li"
                + " consultant", editor.getMessage());
        assertEquals("user", editor.field());
        EnterpriseException nobody = assertThrows(EnterpriseException.class, () -> firms.assign(ADMIN, a.id(),
                "wu"));
        assertEquals("no user is called \"wu\"", nobody.getMessage());

        assertEquals(List.of("qian"), firms.unassign(ADMIN, a.id(), "zhao"));
        assertThrows(EnterpriseNotFound.class, () -> firms.get(ZHAO, a.id()), "zhao no longer sees it");
        assertEquals(List.of(), firms.list(ZHAO));
        EnterpriseException again = assertThrows(EnterpriseException.class, () -> firms.unassign(ADMIN, a.id(),
                "zhao"));
        assertEquals("\"zhao\" is not assigned to this firm", again.getMessage());
    }

    @Test
    void theServiceRecordKeepsEntriesByDateAndIsAppendOnly() {
        Enterprise a = firms.create(ZHAO, Firms.graphene("A"));
        clock.set(Instant.parse("2026-08-10T20:00:00Z")); // already 11 August in Shanghai
        ServiceEntry first = firms.addEntry(ZHAO, a.id(), new ServiceEntryDraft("consultation", null,
                "首次咨询：企业介绍出口越南的导热膜。", null, null));
        assertEquals(LocalDate.parse("2026-08-11"), first.date(), "no date is today in Asia/Shanghai");
        assertEquals("zhao", first.author());
        assertEquals(Instant.parse("2026-08-10T20:00:00Z"), first.recorded());
        firms.assign(ADMIN, a.id(), "qian");
        ServiceEntry earlier = firms.addEntry(QIAN, a.id(), new ServiceEntryDraft("feedback", "2026-08-01",
                "企业反馈：希望增加泰国市场。", "", " "));
        assertEquals(List.of(earlier.id(), first.id()), firms.serviceRecord(ZHAO, a.id()).stream()
                .map(ServiceEntry::id).toList(), "by date");
        assertEquals(List.of(earlier, first), firms.serviceRecord(QIAN, a.id()));

        record Bad(ServiceEntryDraft d, String field, String message) {}
        for (Bad bad : List.of(
                new Bad(new ServiceEntryDraft("meeting", null, "t", null, null), "type",
                        "type must be one of: consultation, report_delivered, follow_up, feedback (got \"meeting\")"),
                new Bad(new ServiceEntryDraft("feedback", "2026-13-01", "t", null, null), "date",
                        "date must be a day as 2026-08-01 (got \"2026-13-01\")"),
                new Bad(new ServiceEntryDraft("feedback", "1999-12-31", "t", null, null), "date",
                        "date must be between 2000-01-01 and a year from today (got 1999-12-31)"),
                new Bad(new ServiceEntryDraft("feedback", null, " ", null, null), "text", "text must not be empty"),
                new Bad(new ServiceEntryDraft("report_delivered", null, "t", "r-1", null), "reportId",
                        "no report \"r-1\" belongs to this firm"),
                new Bad(new ServiceEntryDraft("report_delivered", null, "t", null, "../x"), "riskListId",
                        "riskListId must be an id of letters, digits and . _ - (got \"../x\")"))) {
            EnterpriseException e = assertThrows(EnterpriseException.class, () -> firms.addEntry(ZHAO, a.id(),
                    bad.d()));
            assertEquals(List.of(bad.field(), bad.message()), List.of(e.field(), e.getMessage()));
        }
        assertEquals(2, firms.serviceRecord(ZHAO, a.id()).size(), "refused entries left nothing");

        StoreException update = assertThrows(StoreException.class, () -> services.database().write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE service_entries SET text = 'x'")) {
                return st.executeUpdate();
            }
        }));
        assertTrue(update.getMessage().contains("the service record is append-only"), update.getMessage());
        assertThrows(StoreException.class, () -> services.database().write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM service_entries")) {
                return st.executeUpdate();
            }
        }));
    }

    @Test
    void anEntryLinksOnlyToObjectsTheLinkCheckSaysBelongToTheFirm() {
        Enterprise a = firms.create(ZHAO, Firms.graphene("A"));
        Enterprise b = firms.create(QIAN, Firms.graphene("B"));
        ServiceLinks reportsOfA = (c, enterpriseId, kind, id) -> enterpriseId.equals(a.id())
                && kind.equals(ServiceLinks.REPORT) && id.equals("rep-1");
        EnterpriseService linked = new EnterpriseService(new EnterpriseStore(services.database()),
                services.auth().users(), services.audit(), clock, reportsOfA);
        ServiceEntry e = linked.addEntry(ZHAO, a.id(), new ServiceEntryDraft("report_delivered", "2026-08-09",
                "交付风险预警报告。", "rep-1", null));
        assertEquals("rep-1", e.reportId());
        EnterpriseException other = assertThrows(EnterpriseException.class, () -> linked.addEntry(QIAN, b.id(),
                new ServiceEntryDraft("report_delivered", null, "t", "rep-1", null)));
        assertEquals("no report \"rep-1\" belongs to this firm", other.getMessage());
    }

    @Test
    void everyReadAndChangeIsAuditedWithoutTheConfidentialText() {
        Enterprise a = firms.create(ZHAO, Firms.graphene("星辰新材料"));
        firms.get(ZHAO, a.id());
        firms.list(ZHAO);
        firms.save(ZHAO, a.id(), 1, Firms.graphene("星辰新材料"));
        firms.addEntry(ZHAO, a.id(), new ServiceEntryDraft("consultation", "2026-08-09", "机密的咨询内容", null,
                null));
        firms.serviceRecord(ZHAO, a.id());
        assertThrows(EnterpriseNotFound.class, () -> firms.get(QIAN, a.id()));
        assertThrows(EnterpriseNotFound.class, () -> firms.get(QIAN, "ent-missing"));
        firms.assign(ADMIN, a.id(), "qian");
        assertThrows(EnterpriseException.class, () -> firms.assign(QIAN, a.id(), "qian"));
        firms.unassign(ADMIN, a.id(), "qian");
        firms.list(ADMIN);
        assertThrows(EnterpriseException.class, () -> firms.get(ADMIN, a.id()));
        String id = a.id();
        assertEquals(List.of(
                "zhao enterprise_created " + id + " ok 10.0.0.1 | profile created at version 1 with 1 products;"
                        + " consultants: zhao",
                "zhao enterprise_read " + id + " ok 10.0.0.1 | profile read at version 1",
                "zhao enterprises_listed null ok 10.0.0.1 | listed 1 firm (assigned)",
                "zhao enterprise_saved " + id + " ok 10.0.0.1 | profile saved from version 1 to 2 with 1 products",
                "zhao service_entry_added " + id + " ok 10.0.0.1 | service record entry 1 (consultation, 2026-08-09)",
                "zhao service_record_read " + id + " ok 10.0.0.1 | service record read: 1 entry",
                "qian enterprise_read " + id + " denied 10.0.0.1 | refused: not assigned to this user",
                "qian enterprise_read ent-missing denied 10.0.0.1 | refused: no such firm",
                "root consultant_assigned " + id + " ok 10.0.0.9 | consultant qian assigned",
                "qian consultant_assigned " + id + " denied 10.0.0.1 | refused: only admins assign consultants",
                "root consultant_unassigned " + id + " ok 10.0.0.9 | consultant qian unassigned",
                "root enterprises_listed null ok 10.0.0.9 | listed 1 firm (all, names and consultants only)",
                "root enterprise_read " + id + " denied 10.0.0.9 | refused: admin, not an assigned consultant: no"
                        + " confidential content"), Firms.auditLines(services.audit()));
        String all = String.join("\n", Firms.auditLines(services.audit()));
        for (String secret : List.of("星辰", "石墨烯", "机密", "Acme", "烯盾")) {
            assertTrue(!all.contains(secret), secret + " in the audit log");
        }
    }

    @Test
    void confidentialTextNeverReachesThePublicIndex() throws IOException {
        services.writer().write(List.of(Articles.of("pub1", "Quorvexal public notice", "quorvexal appears here.",
                "src", "en", "news", List.of("VN"), "2026-08-01T00:00:00Z")));
        Enterprise e = firms.create(ZHAO, new EnterpriseDraft("Zyntharic Ltd", "ai", List.of(new Product(null,
                "zyntharic sensor", "The zyntharic sensor fuses lidar and radar.", List.of("zyntharic fusion"),
                List.of())), List.of("VN"), List.of("Zyntharic rival"), List.of(), List.of()));
        firms.addEntry(ZHAO, e.id(), new ServiceEntryDraft("consultation", null, "zyntharic consultation", null,
                null));
        services.writer().commit();
        assertEquals(1, services.search().search(SearchRequest.of("quorvexal")).total());
        assertEquals(0, services.search().search(SearchRequest.of("zyntharic")).total());
        assertEquals(0, services.search().search(SearchRequest.of("Zyntharic Ltd")).total());
        // every term and every stored value of every field in the public index, read back from its files
        List<String> indexed = indexedText(dir.resolve("lucene").resolve("docs"));
        assertTrue(indexed.stream().anyMatch(t -> t.contains("quorvexal")), "control: the public word is there");
        assertEquals(List.of(), indexed.stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT)
                .contains("zyntharic") || t.contains(e.id())).toList());
    }

    private static List<String> indexedText(Path index) throws IOException {
        List<String> out = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : r.leaves()) {
                LeafReader lr = leaf.reader();
                for (FieldInfo fi : lr.getFieldInfos()) {
                    Terms terms = lr.terms(fi.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        out.add(t.utf8ToString());
                    }
                }
                StoredFields stored = lr.storedFields();
                for (int doc = 0; doc < lr.maxDoc(); doc++) {
                    for (IndexableField f : stored.document(doc)) {
                        if (f.stringValue() != null) {
                            out.add(f.stringValue());
                        }
                    }
                }
            }
        }
        return out;
    }
}
