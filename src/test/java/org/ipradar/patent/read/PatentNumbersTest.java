package org.ipradar.patent.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatentNumbersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "US2013012345A1        | US | 20130012345 | A1",
        "US 2013/0012345 A1    | US | 20130012345 | A1",
        "US-2013012345-A1      | US | 20130012345 | A1",
        "US20130012345A1       | US | 20130012345 | A1",
        "US7654321B2           | US | 7654321     | B2",
        "US06836899            | US | 6836899     | ''",
        "US 7,654,321 B2       | US | 7654321     | B2",
        "USD512,345 S          | US | D512345     | S",
        "USD0651486S1          | US | D651486     | S1",
        "USRE41234E            | US | RE41234     | E",
        "USPP12345P2           | US | PP12345     | P2",
        "CN112345678B          | CN | 112345678   | B",
        "CN 112345678 B        | CN | 112345678   | B",
        "cn212345678u          | CN | 212345678   | U",
        "EP 1 234 567 B1       | EP | 1234567     | B1",
        "EP0560858A1           | EP | 0560858     | A1",
        "EP560858              | EP | 0560858     | ''",
        "WO2020/123456A1       | WO | 2020123456  | A1",
        "WO 02/054790 A2       | WO | 02054790    | A2",
        "JP2020-123456A        | JP | 2020123456  | A",
        "KR10-2020-0012345A    | KR | 10-2020-0012345 | A",
        "VN1-2020-01234        | VN | 1-2020-01234 | ''",
        "HRP20251003T1         | HR | P20251003   | T1",
        "ＣＮ１１２３４５６７８Ｂ | CN | 112345678   | B",
    })
    void splitsPublicationNumbers(String text, String jurisdiction, String number, String kind) {
        PublicationNumber parsed = PatentNumbers.parse(text);
        assertEquals(new PublicationNumber(jurisdiction, number, kind), parsed);
    }

    @Test
    void usesTheDefaultJurisdictionWhenTheTextHasNone() {
        assertEquals(new PublicationNumber("CN", "112345678", "B"), PatentNumbers.parse("112345678B", "CN"));
        assertEquals("", PatentNumbers.parse("112345678", "").jurisdiction());
    }

    @Test
    void rejectsWhatIsNotANumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatentNumbers.parse("N/A"));
        assertEquals("\"N/A\" is not a publication number", e.getMessage());
        assertTrue(PatentNumbers.tryParse("abc", "").isEmpty());
        assertTrue(PatentNumbers.tryParse("", "US").isEmpty());
        IllegalArgumentException noCountry = assertThrows(IllegalArgumentException.class,
                () -> PatentNumbers.parse("7654321B2"));
        assertEquals("\"7654321B2\" names no jurisdiction (such as US, CN, EP)", noCountry.getMessage());
    }

    @Test
    void normalisesNumbersGivenInParts() {
        assertEquals("US6836899B1", PatentNumbers.normalize("US", "06836899", "B1").id());
        assertEquals("USD651486S1", PatentNumbers.normalize("US", "D0651486", "S1").id());
        assertEquals("US20120057518A1", PatentNumbers.normalize("US", "2012057518", "A1").id());
        assertEquals("US9648662B2", PatentNumbers.normalize("US", "9648662", "B2").id());
        assertEquals("EP2400812A1", PatentNumbers.normalize("EP", "EP2400812", "A1").id());
        assertEquals("EP0000002A1", PatentNumbers.normalize("ep", "0000002", "a1").id());
    }
}
