package org.ipradar.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskException;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseDraft;
import org.ipradar.enterprise.EnterpriseNotFound;
import org.ipradar.enterprise.Product;
import org.ipradar.patent.read.PatentFiles;
import org.ipradar.store.AuditEntry;
import org.ipradar.store.AuditStore;
import org.ipradar.testing.Firms;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskServiceTest {
    private static final Actor ZHAO = Firms.consultant("zhao");
    private static final Actor QIAN = Firms.consultant("qian");

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-24T04:00:00Z"));
    Services services;
    RiskService risk;
    Enterprise cells;
    Enterprise other;

    @BeforeEach
    void open() throws Exception {
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, clock);
        Auth auth = TestAuth.cheap(services);
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        TestAuth.add(auth, "qian", Role.CONSULTANT);
        services.patents().importer().apply(PatentFiles.read(Path.of("src/test/resources/fixtures/patents",
                "uspto-bulk.xml")), (d, t) -> {});
        cells = services.enterprises().create(ZHAO, new EnterpriseDraft("南宁电芯有限公司", "energy",
                List.of(new Product(null, "锂离子电芯", "A lithium-ion cell with a layered cathode",
                        List.of("cathode of LiCoO2 layers", "porous separator film"), List.of("8507.60"))),
                List.of("US", "VN"), List.of("Example Battery"), List.of(), List.of()));
        other = services.enterprises().create(QIAN, Firms.minimal("另一家", "food"));
        risk = services.risk();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static RiskRequest request() {
        return new RiskRequest("锂离子电芯", "A lithium-ion cell whose cathode has LiCoO2 layers and a porous separator"
                + " film between them", List.of("cathode of LiCoO2 layers", "porous separator film"), List.of(),
                List.of(), false);
    }

    @Test
    void aListIsCompiledJudgedInVersionsAndExported() throws Exception {
        Saved<RiskListBody> v1 = risk.compile(ZHAO, cells.id(), request());
        assertEquals(1, v1.version());
        assertEquals("锂离子电芯", v1.title());
        assertEquals(List.of("US", "VN"), v1.body().request().markets(), "the firm's markets when none are given");
        RiskRow top = v1.body().rows().getFirst();
        assertEquals("US9999001B2", top.patentId());
        assertTrue(top.matchedClaim().startsWith("1. A lithium-ion cell comprising"), top.matchedClaim());
        assertEquals(List.of("Example Battery Co., Ltd."), top.assignees());
        assertTrue(v1.body().rows().stream().noneMatch(r -> r.patentId().startsWith("USD")),
                "the design patent's claim does not match: " + v1.body().rows());

        Saved<RiskListBody> v2 = risk.judge(ZHAO, v1.id(), 1,
                List.of(new RiskService.Judgement("US9999001B2", true, "做侵权比对")));
        assertEquals(2, v2.version());
        assertEquals(Boolean.TRUE, v2.body().rows().getFirst().relevant());
        DeskException stale = assertThrows(DeskException.class, () -> risk.judge(ZHAO, v1.id(), 1, List.of()));
        assertEquals("stale", stale.code());
        DeskException unknownRow = assertThrows(DeskException.class, () -> risk.judge(ZHAO, v1.id(), 2,
                List.of(new RiskService.Judgement("US1B1", false, ""))));
        assertEquals("invalid_rows", unknownRow.code());

        assertEquals(1, risk.list(ZHAO, v1.id(), 1).version(), "old versions stay readable");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(risk.exportList(ZHAO, v1.id(), 0,
                "xlsx")))) {
            assertEquals("US9999001B2", book.getSheet("风险专利列表").getRow(1).getCell(1).getStringCellValue());
            assertEquals("相关", book.getSheet("风险专利列表").getRow(1).getCell(11).getStringCellValue());
            assertEquals("南宁电芯有限公司", book.getSheet("说明").getRow(0).getCell(1).getStringCellValue());
        }
        assertEquals("invalid_format", assertThrows(DeskException.class,
                () -> risk.exportList(ZHAO, v1.id(), 0, "pdf")).code());
    }

    @Test
    void aReportIsDraftedEditedAndExportedWithCharts() throws Exception {
        Saved<RiskListBody> list = risk.compile(ZHAO, cells.id(), request());
        Saved<ReportBody> draft = risk.draftReport(ZHAO, cells.id(), List.of("VN"), list.id());
        assertEquals(List.of("VN"), draft.body().markets());
        assertEquals(list.id(), draft.body().riskListId());
        assertEquals(ReportPart.KEYS, draft.body().parts().stream().map(ReportPart::key).toList());
        String environment = draft.body().parts().get(1).text();
        assertTrue(environment.startsWith("### 越南（VN）"), environment);
        assertTrue(environment.contains("**知识产权机构**"), "the shipped country profile is used: " + environment);
        assertTrue(draft.body().parts().get(2).text().contains("US9999001B2"), draft.body().parts().get(2).text());

        Saved<ReportBody> edited = risk.saveReport(ZHAO, draft.id(), 1, Map.of("countermeasures", "1. 先做 FTO。"));
        assertEquals(2, edited.version());
        assertEquals("1. 先做 FTO。", edited.body().parts().get(3).text());
        assertEquals(draft.body().parts().get(0), edited.body().parts().get(0), "parts not given stay");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(risk.exportReport(ZHAO, draft.id(), 0,
                "docx")))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("南宁电芯有限公司"), texts.toString());
            assertTrue(texts.contains("1. 先做 FTO。"), texts.toString());
            assertTrue(texts.contains("第 2 版 · 2026-11-24"), texts.toString());
            assertEquals(3, doc.getAllPictures().size(), "charts by assignee, jurisdiction and year");
        }
        assertEquals(List.of(edited.id()), risk.reports(ZHAO, cells.id()).stream().map(Saved::id).toList());
    }

    @Test
    void anotherConsultantsObjectsDoNotExistAndEveryAccessIsAudited() {
        Saved<RiskListBody> list = risk.compile(ZHAO, cells.id(), request());
        Saved<ReportBody> report = risk.draftReport(ZHAO, cells.id(), List.of(), list.id());
        List<Runnable> attempts = List.of(
                () -> risk.compile(QIAN, cells.id(), request()),
                () -> risk.list(QIAN, list.id(), 0),
                () -> risk.lists(QIAN, cells.id()),
                () -> risk.judge(QIAN, list.id(), 1, List.of()),
                () -> risk.exportList(QIAN, list.id(), 0, "csv"),
                () -> risk.draftReport(QIAN, cells.id(), List.of(), 0),
                () -> risk.draftReport(QIAN, other.id(), List.of(), list.id()), // B's firm, A's list
                () -> risk.report(QIAN, report.id(), 0),
                () -> risk.reports(QIAN, cells.id()),
                () -> risk.saveReport(QIAN, report.id(), 1, Map.of()),
                () -> risk.exportReport(QIAN, report.id(), 0, "docx"),
                () -> risk.list(QIAN, 999_999, 0),
                () -> risk.report(ZHAO, list.id(), 0)); // a list's id is no report
        List<String> messages = new ArrayList<>();
        for (Runnable r : attempts) {
            EnterpriseNotFound e = assertThrows(EnterpriseNotFound.class, r::run);
            messages.add(e.code() + ": " + e.getMessage());
        }
        assertEquals(1, messages.stream().distinct().count(), "one answer for all: " + messages);

        List<String> refused = new ArrayList<>();
        for (AuditEntry e : services.audit().list(new AuditStore.Query("qian", null, 100, 0)).entries()) {
            if (!e.result().equals("ok")) {
                refused.add(e.action());
            }
        }
        assertEquals(12, refused.size(), refused.toString());
        List<String> ok = services.audit().list(new AuditStore.Query("zhao", null, 100, 0)).entries().stream()
                .filter(e -> e.result().equals("ok")).map(AuditEntry::action).toList();
        assertTrue(ok.containsAll(List.of("risk_list_created", "report_created")), ok.toString());
    }

    @Test
    void anAdminManagesAssignmentsButReadsNoListOrReport() {
        Saved<RiskListBody> list = risk.compile(ZHAO, cells.id(), request());
        Actor root = Firms.admin("root");
        for (Runnable r : List.<Runnable>of(() -> risk.compile(root, cells.id(), request()),
                () -> risk.list(root, list.id(), 0), () -> risk.exportList(root, list.id(), 0, "xlsx"),
                () -> risk.draftReport(root, cells.id(), List.of(), 0))) {
            org.ipradar.enterprise.EnterpriseException e = assertThrows(
                    org.ipradar.enterprise.EnterpriseException.class, r::run);
            assertEquals("admin_no_content", e.code());
            assertEquals(403, e.status());
        }
        assertEquals("not_found", assertThrows(EnterpriseNotFound.class, () -> risk.list(root, 999_999, 0)).code());
    }

    @Test
    void badRequestsNameTheField() {
        assertEquals("invalid_markets", assertThrows(DeskException.class, () -> risk.compile(ZHAO, cells.id(),
                new RiskRequest("x", "cell", List.of(), List.of("Narnia"), List.of(), false))).code());
        assertEquals("invalid_description", assertThrows(DeskException.class, () -> risk.compile(ZHAO, cells.id(),
                new RiskRequest("x", " ", List.of(" "), List.of(), List.of(), false))).code());
        assertEquals("invalid_request", assertThrows(DeskException.class, () -> risk.compile(ZHAO, cells.id(),
                new RiskRequest("x", "cell", List.of(), List.of(), List.of("not a class"), false))).code());
        byte[] csv = risk.exportList(ZHAO, risk.compile(ZHAO, cells.id(), request()).id(), 0, "csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
    }
}
