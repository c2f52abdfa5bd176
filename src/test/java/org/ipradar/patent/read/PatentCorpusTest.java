package org.ipradar.patent.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ipradar.patent.Claim;
import org.ipradar.patent.LegalStatus;
import org.ipradar.patent.PatentBatch;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;
import org.ipradar.patent.RecordProblem;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real samples of the shared corpus ({@code patents/} in {@code SOURCES.md}): counts per file and exact field
 * values of one document per format. Skipped when the corpus is absent.
 */
class PatentCorpusTest {
    static PatentBatch read(String relative) throws IOException {
        return PatentFiles.read(Corpus.require("patents/" + relative));
    }

    static PatentRecord record(String relative, String id) throws IOException {
        return read(relative).records().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not read from " + relative));
    }

    /** Asserts that the claim's text starts with the expected words (showing the same length of text if not). */
    static void assertStarts(String expected, Claim claim) {
        assertEquals(expected, claim.text().substring(0, Math.min(expected.length(), claim.text().length())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // file                                              | records | with claims | with abstract | problems
        "uspto_bulk/ipa130117.one.xml                        | 2  | 2  | 2  | 0",
        "uspto_bulk/ipg050104.small.xml                      | 25 | 25 | 25 | 0",
        "uspto_bulk/ipg060103.small.xml                      | 25 | 25 | 23 | 0",
        "uspto_bulk/ipg070102.small.xml                      | 25 | 25 | 21 | 0",
        "uspto_bulk/ipg090106.small.xml                      | 25 | 25 | 22 | 0",
        "uspto_bulk/ipg100105.small.xml                      | 25 | 25 | 22 | 0",
        "uspto_bulk/ipg100824-hyphenated.xml                 | 1  | 1  | 1  | 0",
        "uspto_bulk/ipg120103.small.xml                      | 25 | 25 | 22 | 0",
        "uspto_bulk/pa040101.two.xml                         | 1  | 1  | 1  | 0",
        "uspto_formats/pap/US20010000044A1.xml               | 1  | 1  | 1  | 0",
        "uspto_formats/pap/US20010009014A1.xml               | 1  | 1  | 1  | 0",
        "uspto_formats/sgml/US06336130.xml                   | 1  | 1  | 1  | 0",
        "uspto_formats/sgml/USD435854S1.xml                  | 1  | 1  | 0  | 0",
        "uspto_formats/xml2004/US06859910.xml                | 1  | 1  | 1  | 0",
        "uspto_formats/xml2004/US06970935.xml                | 1  | 1  | 1  | 0",
        "uspto_formats/xml2006/US07272630B2.xml              | 1  | 1  | 1  | 0",
        "uspto_formats/xml2014/US08927118.xml                | 1  | 1  | 1  | 0",
        "uspto_formats/xml2014/US08930553.xml                | 1  | 1  | 1  | 0",
        "uspto_formats/xmlApp2004/US20050004437A1.xml        | 1  | 1  | 1  | 0",
        "uspto_formats/greenbook/US03932709.greenbook        | 1  | 1  | 1  | 0",
        "uspto_formats/greenbook/US03937375.greenbook        | 1  | 1  | 1  | 0",
        "uspto_formats/css_brs/css_brs_sample.txt            | 6  | 6  | 6  | 0",
        "epo_publication_server/application/v1-0-A1.xml      | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-0-A2.xml      | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-01-A1.xml     | 1  | 0  | 0  | 0",
        "epo_publication_server/application/v1-1-A1.xml      | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-1-A2.xml      | 1  | 0  | 0  | 0",
        "epo_publication_server/application/v1-2-A1.xml      | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-3-A1.xml      | 1  | 0  | 0  | 0",
        "epo_publication_server/application/v1-3-A2.xml      | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-4-A1-1.xml    | 1  | 0  | 0  | 0",
        "epo_publication_server/application/v1-4-A2.xml      | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-5-1-A1-1.xml  | 1  | 0  | 0  | 0",
        "epo_publication_server/application/v1-5-1-A1-2.xml  | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-5-1-A2.xml    | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-5-A1.xml      | 1  | 1  | 1  | 0",
        "epo_publication_server/application/v1-5-A2.xml      | 1  | 0  | 0  | 0",
        "epo_publication_server/grant/v1-0-B2.xml            | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-1-B1.xml            | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-1-B2.xml            | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-2-B2.xml            | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-3-B1.xml            | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-3-B2.xml            | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-4-B2.xml            | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-5-1-B1.xml          | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-5-1-B2.xml          | 1  | 1  | 0  | 0",
        "epo_publication_server/grant/v1-5-B2.xml            | 1  | 1  | 0  | 0",
        "epo_ops/get_biblio.response.xml                     | 1  | 0  | 1  | 0",
        "epo_ops/get_biblio_multiple.response.xml            | 3  | 0  | 2  | 0",
        "epo_ops/get_abstract_multiple.response.xml          | 3  | 0  | 2  | 0",
        "epo_ops/get_claims.response.xml                     | 1  | 1  | 0  | 0",
        "epo_ops/get_family.response.xml                     | 5  | 0  | 0  | 0",
        "epo_ops/get_family_with_biblio.response.xml         | 5  | 0  | 4  | 0",
        "epo_ops/get_legal.response.xml                      | 1  | 0  | 0  | 0",
        "epo_ops/testdata_legal.xml                          | 1  | 0  | 0  | 0",
        "epo_ops/get_register_biblio.response.xml            | 2  | 0  | 0  | 0",
        "epo_ops/convert_patent_number_epodoc.response.xml   | 0  | 0  | 0  | 1",
        "epo_ops/get_published_equivalents.response.xml      | 0  | 0  | 0  | 1",
        "epo_ops/get_description.response.xml                | 0  | 0  | 0  | 1",
        "epo_ops/search.response.xml                         | 0  | 0  | 0  | 1",
        "epo_ops/testdata_error_404.xml                      | 0  | 0  | 0  | 1",
    })
    void readsEverySample(String file, int records, int withClaims, int withAbstract, int problems)
            throws IOException {
        PatentBatch batch = read(file);
        assertEquals(records, batch.records().size(), () -> file + " " + batch.problems());
        assertEquals(withClaims, batch.records().stream().filter(r -> !r.claims().isEmpty()).count());
        assertEquals(withAbstract, batch.records().stream().filter(r -> !r.abstractText().isEmpty()).count());
        assertEquals(problems, batch.problems().size(), () -> batch.problems().toString());
        for (PatentRecord r : batch.records()) {
            assertTrue(r.publicationDate() != null || r.format().equals("epo-ops"), r.id() + " has no date");
            if (!r.claims().isEmpty()) {
                assertEquals(1, r.claims().get(0).number(), r.id());
                assertTrue(r.claims().get(0).independent(), r.id() + " claim 1 is not independent");
            }
        }
    }

    @Test
    void bulkGrantV40() throws IOException {
        PatentRecord r = record("uspto_bulk/ipg050104.small.xml", "US6836899B1");
        assertEquals("Device for detachably holding an absorbent napkin across the torso", r.title());
        assertEquals("utility", r.type());
        assertEquals(List.of("A45F 5/04"), r.ipc());
        assertEquals(List.of("Samuel G. Glasmire"), r.inventors());
        assertEquals(LocalDate.of(2003, 1, 9), r.filingDate());
        assertEquals(LocalDate.of(2005, 1, 4), r.grantDate());
        assertEquals("10339710", r.applicationNumber());
        assertEquals(23, r.claims().size());
        assertEquals(List.of(1, 16), r.independentClaims().stream().map(Claim::number).toList());
        assertStarts("A holding device for removably holding a napkin over the front of the body", r.claims().get(0));
        assertEquals(List.of(1), r.claims().get(1).dependsOn());
        assertEquals("uspto-xml-4.0", r.format());
    }

    @Test
    void bulkSequenceListingsAreNotPatents() throws IOException {
        PatentBatch batch = read("uspto_bulk/ipg060103.small.xml");
        assertEquals(25, batch.records().size());
        assertEquals(List.of(), batch.problems());
        PatentRecord design = batch.records().get(0);
        assertEquals("USD513425S1", design.id());
        assertEquals("design", design.type());
        assertEquals(List.of(new Claim(1, "The ornamental design for a skateboard, as shown and described.", true,
                List.of())), design.claims());
    }

    @Test
    void bulkDesignV42() throws IOException {
        PatentRecord r = record("uspto_bulk/ipg120103.small.xml", "USD651486S1");
        assertEquals("Garden stake", r.title());
        assertEquals(List.of("Huizhou Light Engine Ltd."), r.assignees());
        assertEquals(List.of("Eddie Ping Kuen Li", "Sue-Anne Tean Leung"), r.inventors());
        assertEquals(LocalDate.of(2010, 10, 25), r.filingDate());
        assertEquals("The ornamental design for a garden stake, as shown and described.", r.claims().get(0).text());
    }

    @Test
    void bulkApplicationV43() throws IOException {
        PatentRecord r = record("uspto_bulk/ipa130117.one.xml", "US20130014306A1");
        assertEquals("TACTICAL MIXED MARTIAL ARTS GLOVE", r.title());
        assertEquals(List.of("A41D 13/08", "A41D 19/02"), r.ipc());
        assertEquals(List.of("Christopher Mechling", "Nicholas Mechling"), r.inventors());
        assertEquals(LocalDate.of(2013, 1, 17), r.publicationDate());
        assertEquals(null, r.grantDate());
        assertEquals(List.of(1, 8, 10), r.independentClaims().stream().map(Claim::number).toList());
        assertStarts("An improved glove employable by a user for mixed martial arts", r.claims().get(0));
    }

    @Test
    void grantV45WithCpc() throws IOException {
        PatentRecord r = record("uspto_formats/xml2014/US08927118.xml", "US8927118B2");
        assertEquals("Material for organic electroluminescence device and organic electroluminescence device using"
                + " the same", r.title());
        assertEquals(List.of("Idemitsu Kosan Co., Ltd."), r.assignees());
        assertEquals("H05B 33/14", r.ipc().get(0));
        assertEquals(14, r.cpc().size());
        assertEquals("C07D 493/04", r.cpc().get(0));
        assertEquals(List.of(new Priority("JP", "2008-148514", LocalDate.of(2008, 6, 5))), r.priorities());
        assertEquals(45, r.claims().size());
        assertStarts("A material for an organic electroluminescence device represented by the formula (5)",
                r.claims().get(0));
    }

    @Test
    void papApplication() throws IOException {
        PatentRecord r = record("uspto_bulk/pa040101.two.xml", "US20040000002A1");
        assertEquals("Garment for preventing muscle strain", r.title());
        assertEquals(List.of("Hill-Rom Services, Inc."), r.assignees());
        assertEquals(List.of("Scott Hollander"), r.inventors());
        assertEquals(List.of("A41B 1/00"), r.ipc());
        assertEquals(LocalDate.of(2002, 6, 27), r.filingDate());
        assertStarts("A garment for releasably securing a user's hands at a fixed location along the user's body",
                r.claims().get(0));
        assertTrue(record("uspto_formats/pap/US20010000044A1.xml", "US20010000044A1").abstractText()
                .startsWith("A business model / process is described"));
    }

    @Test
    void sgmlGrants() throws IOException {
        PatentRecord r = record("uspto_formats/sgml/US06336130.xml", "US6336130B1");
        assertEquals("Arrangement for improving availability of services in a communication system", r.title());
        assertEquals(List.of("Telefonaktiebolaget LM Ericsson (publ)"), r.assignees());
        assertEquals(List.of("G06F 15/16", "G06F 13/00"), r.ipc());
        assertEquals(List.of(new Priority("NO", "971605", LocalDate.of(1997, 4, 8))), r.priorities());
        assertEquals(List.of(1, 9, 18), r.independentClaims().stream().map(Claim::number).toList());
        PatentRecord design = record("uspto_formats/sgml/USD435854S1.xml", "USD435854S");
        assertEquals("design", design.type());
        assertEquals("The ornamental design for a disc cartridge, as shown and described.",
                design.claims().get(0).text());
    }

    @Test
    void greenbookAndBrs() throws IOException {
        PatentRecord gb = record("uspto_formats/greenbook/US03937375.greenbook", "US3937375A");
        assertEquals("Bumper support for a boat loader", gb.title());
        assertEquals(List.of("Everette E. Daniels"), gb.inventors());
        assertEquals(List.of("B60R 9/00"), gb.ipc());
        assertEquals(LocalDate.of(1976, 2, 10), gb.grantDate());
        assertStarts("In a bumper support for a boat loader", gb.claims().get(0));
        assertEquals(List.of(2), gb.claims().get(2).dependsOn());

        PatentRecord brs = record("uspto_formats/css_brs/css_brs_sample.txt", "US9204583B2");
        assertEquals("Cylindrical electromagnetic bandgap and coaxial cable having the same", brs.title());
        assertEquals(List.of("SAMSUNG ELECTRONICS CO., LTD."), brs.assignees());
        assertEquals(List.of("Hyun Ho Park", "Hark Byeong Park"), brs.inventors());
        assertEquals(List.of("H01B 11/00", "H05K 9/00"), brs.ipc());
        assertEquals(List.of("H05K 9/0098"), brs.cpc());
        assertEquals(List.of("US20120312578A1"), brs.family());
        assertEquals(List.of(new Priority("KR", "10-2011-0055402", LocalDate.of(2011, 6, 9))), brs.priorities());
    }

    @Test
    void epoPublicationServer() throws IOException {
        PatentRecord b2 = record("epo_publication_server/grant/v1-5-B2.xml", "EP2743087B2");
        assertEquals("Druckmaschine mit Verkleidung", b2.title());
        assertEquals("de", b2.lang());
        assertEquals(List.of("Krones AG"), b2.assignees());
        assertEquals(List.of("Georg Gertlowski", "Frank Winzinger"), b2.inventors());
        assertEquals(List.of("B41J 3/407", "B41J 29/13", "B41J 29/377"), b2.ipc());
        assertEquals(LocalDate.of(2016, 3, 23), b2.grantDate());
        assertEquals(LocalDate.of(2021, 5, 5), b2.publicationDate());
        assertEquals(List.of(1, 8), b2.independentClaims().stream().map(Claim::number).toList());
        assertStarts("Druckmaschine (102) zum Direktbedrucken von Behältern (120)", b2.claims().get(0));

        PatentRecord a1 = record("epo_publication_server/application/v1-0-A1.xml", "EP1325900A1");
        assertEquals("PROCESS FOR PRODUCING FLUOROALKANOL", a1.title());
        assertEquals(List.of("ASAHI GLASS COMPANY LTD."), a1.applicants());
        assertEquals(List.of("C07C 29/44", "C07C 31/38"), a1.ipc());
        assertEquals(List.of("WO02020444"), a1.family());
        assertEquals(List.of(1, 2), a1.claims().get(2).dependsOn());

        // a real file with a bare "&" in an address: complete, so read leniently
        assertEquals("Sound damping and fire restistant insulating panel and its manufacturing procedure",
                record("epo_publication_server/application/v1-2-A1.xml", "EP1921219A1").title());
    }

    @Test
    void opsBiblioClaimsLegalAndFamily() throws IOException {
        PatentRecord biblio = record("epo_ops/get_biblio.response.xml", "EP2400812A1");
        assertEquals("BLUETOOTH NETWORKING", biblio.title());
        assertEquals(List.of("9Solutions Oy"), biblio.applicants());
        assertEquals("43088294", biblio.familyId());
        assertEquals(List.of("H04W 84/20"), biblio.ipc());
        assertEquals(List.of("H04W 84/20", "H04W 88/04"), biblio.cpc());
        assertEquals(LocalDate.of(2010, 6, 24), biblio.filingDate());

        PatentRecord claims = record("epo_ops/get_claims.response.xml", "EP2400812A1");
        assertEquals(15, claims.claims().size());
        assertEquals(List.of(1, 15), claims.independentClaims().stream().map(Claim::number).toList());
        assertStarts("A communication device (100) comprising:", claims.claims().get(0));

        PatentRecord legal = record("epo_ops/get_legal.response.xml", "EP2400812A1");
        assertEquals(LegalStatus.IN_FORCE, legal.status());
        assertEquals(LocalDate.of(2019, 11, 27), legal.grantDate());
        assertEquals(69, legal.events().size());

        PatentBatch family = read("epo_ops/get_family.response.xml");
        assertEquals(List.of("EP2400812A1", "EP2400812B1", "CA2744162A1", "US20120057518A1", "US9648662B2"),
                family.records().stream().map(PatentRecord::id).toList());
        assertEquals(List.of("EP2400812B1", "CA2744162A1", "US20120057518A1", "US9648662B2"),
                family.records().get(0).family());

        PatentRecord register = record("epo_ops/get_register_biblio.response.xml", "EP2400812B1");
        assertEquals(LegalStatus.IN_FORCE, register.status());
        assertEquals("BLUETOOTH NETWORKING", register.title());
    }

    @Test
    void opsResponsesWithoutRecordsSaySo() throws IOException {
        Path file = Corpus.require("patents/epo_ops/convert_patent_number_epodoc.response.xml");
        assertEquals(List.of(new RecordProblem(file.toString(), "response", "an OPS number-conversion response holds"
                + " no patent record (only bibliographic, abstract, claims, family, legal and register responses are"
                + " read)")), PatentFiles.read(file).problems());
    }
}
