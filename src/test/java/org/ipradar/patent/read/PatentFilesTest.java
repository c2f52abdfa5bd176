package org.ipradar.patent.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ipradar.patent.Claim;
import org.ipradar.patent.LegalEvent;
import org.ipradar.patent.LegalStatus;
import org.ipradar.patent.PatentBatch;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.PatentRecords;
import org.ipradar.patent.Priority;
import org.ipradar.patent.RecordProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format on the hand-written fixtures of {@code fixtures/patents} (see its README for what each holds). */
class PatentFilesTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(PatentFilesTest.class.getResource("/fixtures/patents/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static PatentBatch read(String name) throws IOException {
        return PatentFiles.read(fixture(name));
    }

    static List<String> ids(PatentBatch batch) {
        return batch.records().stream().map(PatentRecord::id).toList();
    }

    @Test
    void readsAUsptoBulkFileSkippingTheTruncatedDocumentAndTheSequenceListing() throws IOException {
        PatentBatch batch = read("uspto-bulk.xml");
        assertEquals(List.of("US9999001B2", "USD699001S1", "US6999004B1"), ids(batch));
        assertEquals(List.of(new RecordProblem(fixture("uspto-bulk.xml").toString(), "document 4 (line 171)",
                "not well-formed XML: XML document structures must start and end within the same entity.")),
                batch.problems());

        PatentRecord grant = batch.records().get(0);
        assertEquals(new PatentRecord("US", "9999001", "B2", "utility", "Lithium-ion cell with a layered cathode",
                "A lithium-ion cell has a cathode of LiCoO2 layers separated by a porous film “S”.",
                List.of(new Claim(1, "A lithium-ion cell comprising: a cathode of LiCoO2 layers; and a porous"
                                + " separator film between the layers.", true, List.of()),
                        new Claim(2, "The cell of claim 1, wherein the film is polyethylene.", false, List.of(1)),
                        new Claim(3, "A battery pack comprising cells according to any one of claims 1 to 2.", false,
                                List.of(1, 2)),
                        new Claim(4, "A method of making a lithium-ion cell, comprising stacking cathode layers and"
                                + " separator films.", true, List.of())),
                List.of("Example Battery Co., Ltd."), List.of("Example Battery Co., Ltd."),
                List.of("Hiroshi Tanaka", "Anne Smith"), List.of("H01M 10/0525"),
                List.of("H01M 10/0525", "Y02E 60/10"),
                List.of(new Priority("JP", "2011-004567", LocalDate.of(2011, 1, 13))), "13123456",
                LocalDate.of(2012, 1, 12), LocalDate.of(2015, 1, 6), LocalDate.of(2015, 1, 6), LegalStatus.UNKNOWN,
                List.of(), null, "", List.of(), "en", "uspto-xml-4.5"), grant);

        PatentRecord design = batch.records().get(1);
        assertEquals("design", design.type());
        assertEquals(List.of(new Claim(1, "The ornamental design for a battery charger, as shown and described.",
                true, List.of())), design.claims());
        assertEquals(List.of("Van An Nguyen"), design.inventors());
        assertEquals(List.of(), design.ipc());

        PatentRecord old = batch.records().get(2);
        assertEquals(List.of("A45F 5/04"), old.ipc());
        assertEquals("uspto-xml-4.0", old.format());
        assertEquals(List.of("Ruth Example"), old.applicants());
    }

    @Test
    void handsRecordsAndProblemsToASinkInFileOrder() throws IOException {
        List<String> seen = new ArrayList<>();
        PatentFiles.read(fixture("uspto-bulk.xml"), ColumnMapping.DEFAULT, new PatentFiles.Sink() {
            @Override
            public void record(PatentRecord record) {
                seen.add(record.id());
            }

            @Override
            public void problem(RecordProblem problem) {
                seen.add(problem.position());
            }
        });
        assertEquals(List.of("US9999001B2", "USD699001S1", "document 4 (line 171)", "US6999004B1"), seen);
    }

    @Test
    void readsAPreGrantPublicationInPapTags() throws IOException {
        PatentBatch batch = read("pap-application.xml");
        assertEquals(List.of(), batch.problems());
        PatentRecord r = batch.records().get(0);
        assertEquals("US20040099001A1", r.id());
        assertEquals("Bicycle saddle with a gel cushion", r.title());
        assertEquals("A saddle has a “gel” cushion in a shell [10].", r.abstractText());
        assertEquals(List.of(new Claim(1, "A bicycle saddle comprising: a shell; and a gel cushion on the shell.", true,
                List.of()), new Claim(2, "The saddle according to claim 1, wherein the gel is silicone.", false,
                List.of(1))), r.claims());
        assertEquals(List.of("Klaus Beispiel", "Maria L. Muster"), r.inventors());
        assertEquals(List.of("Beispiel Sattel GmbH"), r.assignees());
        assertEquals(List.of("B62J 1/00", "B62J 6/00"), r.ipc());
        assertEquals(List.of(new Priority("DE", "102 54 321.0", LocalDate.of(2001, 11, 22))), r.priorities());
        assertEquals(LocalDate.of(2002, 11, 21), r.filingDate());
        assertEquals(LocalDate.of(2004, 5, 27), r.publicationDate());
        assertEquals(null, r.grantDate());
        assertEquals("uspto-pap", r.format());
    }

    @Test
    void readsAnSgmlEraGrant() throws IOException {
        PatentRecord r = read("patdoc-grant.xml").records().get(0);
        assertEquals("US6399001B1", r.id());
        assertEquals("Mobile terminal agent in a fixed network", r.title());
        assertEquals(List.of("H04Q 7/20", "G06F 15/16"), r.ipc());
        assertEquals(List.of("Kari Eksempel"), r.inventors());
        assertEquals(List.of("Example Telecom ASA"), r.assignees());
        assertEquals(List.of(new Priority("NO", "985432", LocalDate.of(1998, 12, 7))), r.priorities());
        assertEquals("An arrangement in a network, comprising: a fixed network node including a mobile terminal"
                + " agent.", r.claims().get(0).text());
        assertEquals(List.of(1), r.claims().get(1).dependsOn());
        assertEquals("uspto-sgml-2.5", r.format());
    }

    @Test
    void readsAnEpoGrantInTheLanguageOfTheProceedings() throws IOException {
        PatentRecord r = read("ep-grant-de.xml").records().get(0);
        assertEquals("EP2700111B2", r.id());
        assertEquals("de", r.lang());
        assertEquals("Druckmaschine mit Verkleidung", r.title());
        assertEquals(List.of(1, 4), r.independentClaims().stream().map(Claim::number).toList());
        assertEquals(List.of(1, 2), r.claims().get(2).dependsOn());
        assertEquals(List.of("Beispiel Maschinenbau AG"), r.assignees());
        assertEquals(List.of("Georg Beispiel", "Frank Muster"), r.inventors());
        assertEquals(List.of("B41J 3/407", "B41J 29/13"), r.ipc());
        assertEquals(LocalDate.of(2016, 3, 23), r.grantDate());
        assertEquals(LocalDate.of(2021, 5, 5), r.publicationDate());
        assertEquals("13111222.1", r.applicationNumber());
        assertEquals("epo-xml-1.5", r.format());
    }

    @Test
    void readsACompleteEpoDocumentThatIsNotWellFormed() throws IOException {
        PatentBatch batch = read("ep-application-bare-ampersand.xml");
        assertEquals(List.of(), batch.problems());
        PatentRecord r = batch.records().get(0);
        assertEquals("EP1920999A1", r.id());
        assertEquals("Sound damping panel", r.title());
        assertEquals(List.of("Ejemplo Calvo, Juan"), r.applicants());
        assertEquals(List.of("WO2007123456"), r.family());
        assertEquals(List.of(List.of(), List.of(1), List.of(1, 2)),
                r.claims().stream().map(Claim::dependsOn).toList());
    }

    @Test
    void readsOpsBibliographicDataOfSeveralDocuments() throws IOException {
        PatentBatch batch = read("ops-biblio.xml");
        assertEquals(List.of("EP2999001A1", "US20160012345A1"), ids(batch));
        assertEquals(List.of(new RecordProblem(fixture("ops-biblio.xml").toString(), "document 3",
                "OPS says not found for EP9999999A1")), batch.problems());
        PatentRecord r = batch.records().get(0);
        assertEquals("RADIO MESH NETWORKING", r.title());
        assertEquals("en", r.lang());
        assertEquals(List.of("Example Mesh Oy"), r.applicants());
        assertEquals(List.of("Matti Virtanen"), r.inventors());
        assertEquals(List.of("H04W 84/20"), r.ipc());
        assertEquals(List.of("H04W 84/20"), r.cpc());
        assertEquals("49990001", r.familyId());
        assertEquals("14180001", r.applicationNumber());
        assertEquals(LocalDate.of(2014, 8, 6), r.filingDate());
        assertEquals(List.of(new Priority("FI", "20135001", LocalDate.of(2013, 8, 7))), r.priorities());
        assertEquals("A device bridges two short-range radio networks.", r.abstractText());
        assertEquals("epo-ops", r.format());
    }

    @Test
    void splitsOpsTextOnlyClaims() throws IOException {
        PatentRecord r = read("ops-claims.xml").records().get(0);
        assertEquals("EP2999001A1", r.id());
        assertEquals(List.of(new Claim(1, "A communication device comprising: a first radio transceiver; and a"
                        + " second radio transceiver bridging two networks.", true, List.of()),
                new Claim(2, "The device of claim 1, wherein the radios are Bluetooth radios.", false, List.of(1)),
                new Claim(3, "The device of claim 1 or 2, further comprising a battery.", false, List.of(1, 2)),
                new Claim(4, "A method of bridging two radio networks with one device.", true, List.of())),
                r.claims());
    }

    @Test
    void derivesLegalStatusAndFamilyFromOpsLegalEvents() throws IOException {
        PatentBatch batch = read("ops-legal.xml");
        assertEquals(List.of("EP2999001A1", "US20160012346A1"), ids(batch));
        PatentRecord ep = batch.records().get(0);
        assertEquals(LegalStatus.IN_FORCE, ep.status());
        assertEquals(LocalDate.of(2019, 11, 27), ep.grantDate());
        assertEquals(List.of("US20160012346A1"), ep.family());
        assertEquals("49990001", ep.familyId());
        assertEquals(5, ep.events().size());
        assertEquals(new LegalEvent(LocalDate.of(2020, 5, 1), "PG25", "LAPSED IN A CONTRACTING STATE [ANNOUNCED VIA"
                + " POSTGRANT INFORMATION FROM NATIONAL OFFICE TO EPO]: Ref Country Code BG"), ep.events().get(3));
        PatentRecord us = batch.records().get(1);
        assertEquals(LegalStatus.LAPSED, us.status());
        assertEquals(List.of("EP2999001A1"), us.family());
    }

    @Test
    void mergesWhatDifferentOpsResponsesSayOfOnePublication() throws IOException {
        PatentRecord biblio = read("ops-biblio.xml").records().get(0);
        PatentRecord claims = read("ops-claims.xml").records().get(0);
        PatentRecord legal = read("ops-legal.xml").records().get(0);
        PatentRecord merged = PatentRecords.merge(PatentRecords.merge(biblio, claims), legal);
        assertEquals("RADIO MESH NETWORKING", merged.title());
        assertEquals(4, merged.claims().size());
        assertEquals(LegalStatus.IN_FORCE, merged.status());
        assertEquals(List.of("US20160012346A1"), merged.family());
        assertEquals("en", merged.lang());
        assertThrows(IllegalArgumentException.class, () -> PatentRecords.merge(biblio,
                read("ops-legal.xml").records().get(1)));
    }

    @Test
    void reportsAnOpsErrorResponse() throws IOException {
        PatentBatch batch = read("ops-fault.xml");
        assertEquals(List.of(), batch.records());
        assertEquals(List.of(new RecordProblem(fixture("ops-fault.xml").toString(), "response",
                "OPS error response 404: Document not found - No published document found for EP9999999")),
                batch.problems());
    }

    @Test
    void readsGreenbookText() throws IOException {
        PatentBatch batch = read("greenbook.txt");
        assertEquals(List.of("US3999001A", "USD239999S"), ids(batch));
        assertEquals(List.of(new RecordProblem(fixture("greenbook.txt").toString(), "document 3 (line 50)",
                "no WKU (patent number) field")), batch.problems());
        PatentRecord r = batch.records().get(0);
        assertEquals("Tow hitch cover for a trailer", r.title());
        assertEquals(List.of("Everett E. Example"), r.inventors());
        assertEquals(List.of("Example Hitch Company"), r.assignees());
        assertEquals(List.of("B60D 1/00"), r.ipc());
        assertEquals(List.of(new Priority("JP", "48-123456", LocalDate.of(1973, 11, 1))), r.priorities());
        assertEquals("A cover that fits over a tow ball and keeps water out of the coupling.", r.abstractText());
        assertEquals(List.of(new Claim(1, "A cover for a tow ball, comprising a cup of rubber sized to fit over the"
                + " ball.", true, List.of()), new Claim(2, "The cover as set forth in claim 1, further comprising a"
                + " strap.", false, List.of(1))), r.claims());
        assertEquals("design", batch.records().get(1).type());
    }

    @Test
    void readsBrsText() throws IOException {
        PatentBatch batch = read("brs.txt");
        assertEquals(List.of("US9999581B2"), ids(batch));
        assertEquals(List.of(new RecordProblem(fixture("brs.txt").toString(), "document 2 (line 31)",
                "\"2015-13-01\" is not a date (Invalid value for MonthOfYear (valid values 1 - 12): 13)")),
                batch.problems());
        PatentRecord r = batch.records().get(0);
        assertEquals("Method for reducing interference in a chip", r.title());
        assertEquals(List.of("Long Yu", "Kuo Deng"), r.inventors());
        assertEquals(List.of("H05K 9/00"), r.ipc());
        assertEquals(List.of("H05K 9/0066"), r.cpc());
        assertEquals(List.of("US20130999958A1"), r.family());
        assertEquals(List.of(1, 3), r.independentClaims().stream().map(Claim::number).toList());
        assertEquals(List.of(new Priority("TW", "101100001", LocalDate.of(2012, 1, 5))), r.priorities());
    }

    @Test
    void rejectsAFileInNoKnownFormatNamingIt() throws IOException {
        Path xml = dir.resolve("trademark.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?>\n<!-- a comment <x> -->\n<tmarkappl><a/></tmarkappl>\n",
                StandardCharsets.UTF_8);
        PatentFormatException e = assertThrows(PatentFormatException.class, () -> PatentFiles.read(xml));
        assertEquals(xml + ": XML with root <tmarkappl> is not a patent format this reader knows (USPTO"
                + " us-patent-grant, us-patent-application, patent-application-publication, PATDOC; EPO"
                + " ep-patent-document; OPS world-patent-data)", e.getMessage());

        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "# Notes\n\nNothing tabular here.\n", StandardCharsets.UTF_8);
        assertEquals(notes + ": not a patent format this reader knows (USPTO XML/SGML/Greenbook/BRS, EPO or OPS XML,"
                + " or a .csv/.tsv/.txt/.xlsx table with a publication-number column)",
                assertThrows(PatentFormatException.class, () -> PatentFiles.read(notes)).getMessage());

        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThrows(PatentFormatException.class, () -> PatentFiles.read(binary));
    }

    @Test
    void readsTheFilesInsideAZip() throws IOException {
        Path zip = dir.resolve("ipg150106.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("ipg150106.xml"));
            out.write(Files.readAllBytes(fixture("uspto-bulk.xml")));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("readme.pdf"));
            out.write(new byte[] {'%', 'P', 'D', 'F'});
            out.closeEntry();
        }
        PatentBatch batch = PatentFiles.read(zip);
        assertEquals(List.of("US9999001B2", "USD699001S1", "US6999004B1"), ids(batch));
        assertEquals(List.of(new RecordProblem(zip + "!ipg150106.xml", "document 4 (line 171)",
                "not well-formed XML: XML document structures must start and end within the same entity.")),
                batch.problems());
    }

    @Test
    void neverResolvesAnExternalEntity() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CANARY", StandardCharsets.UTF_8);
        Path evilDtd = dir.resolve("evil.dtd");
        Files.writeString(evilDtd, "<!ENTITY leak \"LEAKED-VIA-PARAMETER-ENTITY\">", StandardCharsets.UTF_8);
        String general = grantWithTitle("<!DOCTYPE us-patent-grant [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>", "Cell &xxe; holder");
        String parameter = grantWithTitle("<!DOCTYPE us-patent-grant [<!ENTITY % p SYSTEM \"" + evilDtd.toUri()
                + "\"> %p;]>", "Cell &leak; holder");
        // not well-formed (bare &) but complete: read by the lenient fallback, which must not resolve either
        String lenient = grantWithTitle("<!DOCTYPE us-patent-grant [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>", "Cell & &xxe; holder");
        for (String xml : List.of(general, parameter, lenient)) {
            Path file = dir.resolve("xxe.xml");
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            PatentBatch batch = PatentFiles.read(file);
            String everything = batch.toString();
            assertFalse(everything.contains("TOP-SECRET-CANARY"), everything);
            assertFalse(everything.contains("LEAKED"), everything);
            assertEquals(1, batch.records().size() + batch.problems().size(), everything);
        }
        PatentBatch plain = PatentFiles.read(write("xxe-general.xml", general));
        assertEquals("Cell holder", plain.records().get(0).title());
    }

    @Test
    void survivesAnEntityExpansionBomb() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE us-patent-grant [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        PatentBatch batch = PatentFiles.read(write("bomb.xml", grantWithTitle(dtd.toString(), "&a10;")));
        assertTrue(batch.toString().length() < 100_000, "the expansion was bounded");
        assertEquals(1, batch.records().size() + batch.problems().size());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String grantWithTitle(String doctype, String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
                + "<us-patent-grant lang=\"EN\" dtd-version=\"v4.5 2014-04-03\"><us-bibliographic-data-grant>"
                + "<publication-reference><document-id><country>US</country><doc-number>09999009</doc-number>"
                + "<kind>B2</kind><date>20150106</date></document-id></publication-reference>"
                + "<invention-title>" + title + "</invention-title></us-bibliographic-data-grant>"
                + "</us-patent-grant>\n";
    }
}
