package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ipradar.patent.Classifications.Level;
import org.junit.jupiter.api.Test;

class NamesAndNumbersTest {
    @Test
    void partyNamesLoseCasePunctuationAndLegalForms() {
        assertEquals("celgard", PartyNames.normalize("Celgard, LLC"));
        assertEquals("celgard", PartyNames.normalize("CELGARD L.L.C."));
        assertEquals("samsung sdi", PartyNames.normalize("Samsung SDI Co., Ltd."));
        assertEquals("robert bosch", PartyNames.normalize("Robert Bosch GmbH"));
        assertEquals("asahi kasei", PartyNames.normalize("Asahi Kasei Kabushiki Kaisha K.K."));
        assertEquals("深圳市星源材质科技", PartyNames.normalize("深圳市星源材質科技股份有限公司"),
                "Traditional folded, the legal form dropped");
        assertEquals("东丽", PartyNames.normalize("株式会社東麗"));
        assertEquals("ltd", PartyNames.normalize("Ltd."), "a name that is only a legal form stays");
        assertEquals("abc", PartyNames.normalize("ＡＢＣ Inc."), "full-width letters are folded");
    }

    @Test
    void aCompetitorMatchesWholeWordsInOrder() {
        assertTrue(PartyNames.matches("Samsung SDI Co., Ltd.", "Samsung"));
        assertTrue(PartyNames.matches("Shenzhen Senior Technology Material Co., Ltd.", "shenzhen senior technology"));
        assertFalse(PartyNames.matches("Samsungite Corp.", "Samsung"), "not inside a word");
        assertFalse(PartyNames.matches("SDI Samsung", "Samsung SDI"), "not out of order");
        assertTrue(PartyNames.matches("深圳市星源材质科技股份有限公司", "星源材质"));
        assertFalse(PartyNames.matches("Celgard, LLC", " , "), "nothing is left to compare");
    }

    @Test
    void numberKeysIgnoreSpellingLeadingZerosAndKind() {
        assertEquals("US7654321", NumberKeys.key("US 7,654,321 B2"));
        assertEquals("US7654321", NumberKeys.key("us07654321"));
        assertEquals("USD512345", NumberKeys.key("US D512,345 S"));
        assertEquals("USRE45000", NumberKeys.key("USRE45000E1"));
        assertEquals("EP1234567", NumberKeys.key("EP 1 234 567 A1"));
        assertEquals("WO2013012345", NumberKeys.key("WO 2013/012345 A1"));
        assertEquals("CN102345678", NumberKeys.key("CN102345678A"));
        assertEquals("US:14195001", NumberKeys.applicationKey(PatentBuilder.of("US", "1", "B1")
                .application("US 14/195,001").build()));
        assertEquals("", NumberKeys.applicationKey(PatentBuilder.of("US", "1", "B1").build()));
    }

    @Test
    void classSymbolsParseInTheirCommonSpellingsAndOverlapByLevel() {
        assertEquals("H01M 50/449", Classifications.parse("H01M50/449").orElseThrow().toString());
        assertEquals("H01M 2/16", Classifications.parse("H01M   2/16").orElseThrow().toString());
        assertEquals("H01M 2/16", Classifications.parse("h01m0002/16 (2006.01)").orElseThrow().toString());
        assertEquals("H01M", Classifications.parse("H01M").orElseThrow().toString());
        assertTrue(Classifications.parse("battery").isEmpty());
        assertEquals(List.of("H", "H01", "H01M", "H01M50", "H01M50/449"),
                Classifications.parse("H01M 50/449").orElseThrow().terms());
        Classifications.Symbol s = Classifications.parse("H01M 50/449").orElseThrow();
        assertEquals(Level.SYMBOL, s.overlap(Classifications.parse("H01M 50/449").orElseThrow()));
        assertEquals(Level.GROUP, s.overlap(Classifications.parse("H01M 50/446").orElseThrow()));
        assertEquals(Level.SUBCLASS, s.overlap(Classifications.parse("H01M 10/0525").orElseThrow()));
        assertEquals(Level.SUBCLASS, s.overlap(Classifications.parse("H01M").orElseThrow()));
        assertEquals(Level.CLASS, s.overlap(Classifications.parse("H01L 21/02").orElseThrow()));
        assertEquals(Level.SECTION, s.overlap(Classifications.parse("H04W 4/00").orElseThrow()));
        assertEquals(Level.NONE, s.overlap(Classifications.parse("B32B 27/32").orElseThrow()));
        assertEquals(Level.GROUP, Classifications.best(List.of(s), Classifications.parseAll(
                List.of("B32B 27/32", "H01M 10/0525", "H01M 50/446"))).orElseThrow().level());
    }

    @Test
    void marketsExpandToTheOfficesThatGrantThere() {
        assertEquals(Set.of("VN", "WO"), Markets.jurisdictions(List.of("vn")));
        assertEquals(Set.of("DE", "EP", "WO"), Markets.jurisdictions(List.of("DE")));
        assertEquals(Set.of("GB", "EP", "WO"), Markets.jurisdictions(List.of("GB")), "EPC, not EU");
        Set<String> eu = Markets.jurisdictions(List.of("EU"));
        assertEquals(27 + 4, eu.size());
        assertTrue(eu.containsAll(List.of("EP", "EU", "EM", "WO", "FR", "PL")) && !eu.contains("GB"));
        assertEquals(11, Markets.jurisdictions(List.of("ASEAN")).size());
        assertEquals(Set.of(), Markets.jurisdictions(List.of()), "no market: every jurisdiction");
        assertEquals(Set.of("WO"), Markets.jurisdictions(List.of("WO")));
        assertThrows(IllegalArgumentException.class, () -> Markets.jurisdictions(List.of("Vietnam")));
    }
}
