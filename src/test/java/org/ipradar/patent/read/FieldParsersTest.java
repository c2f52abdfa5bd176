package org.ipradar.patent.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ipradar.patent.LegalEvent;
import org.ipradar.patent.LegalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, classification symbols and legal-status words, as the readers parse them. */
class FieldParsersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20200102             | 2020-01-02",
        "2020-01-02           | 2020-01-02",
        "2020/1/2             | 2020-01-02",
        "2020.01.02           | 2020-01-02",
        "2020年1月2日          | 2020-01-02",
        "02.01.2020           | 2020-01-02",
        "2020-01-02T00:00:00  | 2020-01-02",
        "2020-01-02 00:00:00  | 2020-01-02",
        "43832                | 2020-01-02",
        "43832.0              | 2020-01-02",
    })
    void readsDates(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.parse(text));
    }

    @Test
    void blankDatesAreNullAndBadOnesSayWhy() {
        assertNull(Dates.parse("  "));
        assertNull(Dates.parse("-"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dates.parse("2020-13-45"));
        assertEquals("\"2020-13-45\" is not a date (Invalid value for MonthOfYear (valid values 1 - 12): 13)",
                e.getMessage());
        assertEquals("\"2020\" is not a date",
                assertThrows(IllegalArgumentException.class, () -> Dates.parse("2020")).getMessage());
        assertEquals(LocalDate.of(1900, 1, 1), Dates.excelSerial(1));
        assertEquals(LocalDate.of(1900, 3, 1), Dates.excelSerial(61));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "H01L 21/02                                         | H01L 21/02",
        "H05K9/0066                                         | H05K 9/0066",
        "'B41J   3/407       20060101AFI20140331BHEP        ' | B41J 3/407",
        "'B05B 7/ 00 A I '                                  | B05B 7/00",
        "'H04W  84/    20            A I                    ' | H04W 84/20",
        "' 7C 07C  29/44   A'                               | C07C 29/44",
        "'2C 07D 307/12 A'                                  | C07D 307/12",
        "'// A01N43/08'                                     | A01N 43/08",
        "'A45F  504'                                        | A45F 5/04",
        "'G06F 1516'                                        | G06F 15/16",
        "'B60R  900'                                        | B60R 9/00",
        "G06F015/00                                         | G06F 15/00",
        "A41B001/00                                         | A41B 1/00",
        "Y02E 60/10                                         | Y02E 60/10",
    })
    void normalisesClassificationSymbols(String text, String expected) {
        assertEquals(Optional.of(expected), Classifications.normalize(text));
    }

    @Test
    void leavesOutWhatIsNotAGroupSymbol() {
        assertEquals(Optional.empty(), Classifications.normalize("1402"));
        assertEquals(Optional.empty(), Classifications.normalize("H01L"));
        assertEquals(Optional.empty(), Classifications.normalize("715513"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "有效                     | IN_FORCE",
        "授权                     | IN_FORCE",
        "部分无效                  | IN_FORCE",
        "审中                     | PENDING",
        "实质审查                  | PENDING",
        "公开                     | PENDING",
        "失效                     | LAPSED",
        "驳回                     | LAPSED",
        "视为撤回                  | LAPSED",
        "未缴年费                  | LAPSED",
        "全部无效                  | LAPSED",
        "届满                     | EXPIRED",
        "期限届满                  | EXPIRED",
        "'授权 | 未缴年费 | 权利终止'   | LAPSED",
        "实质审查; 授权             | IN_FORCE",
        "Active                   | IN_FORCE",
        "Active - Reinstated      | IN_FORCE",
        "Pending                  | PENDING",
        "Expired - Lifetime       | EXPIRED",
        "Expired - Fee Related    | LAPSED",
        "Abandoned                | LAPSED",
        "Inactive                 | LAPSED",
        "Withdrawn                | LAPSED",
        "PCT指定期满               | UNKNOWN",
        "Unknown                  | UNKNOWN",
    })
    void readsStatusWords(String text, LegalStatus expected) {
        assertEquals(expected, LegalStatuses.fromText(text));
    }

    @Test
    void aLapseInOneStateDoesNotEndTheRight() {
        List<LegalEvent> events = List.of(
                new LegalEvent(LocalDate.of(2019, 11, 27), "AK",
                        "DESIGNATED CONTRACTING STATES: Kind Code of Ref Document B1"),
                new LegalEvent(LocalDate.of(2020, 5, 1), "PG25",
                        "LAPSED IN A CONTRACTING STATE [ANNOUNCED VIA POSTGRANT INFORMATION FROM NATIONAL OFFICE TO"
                                + " EPO]: Ref Country Code BG"));
        LegalStatuses.Derived derived = LegalStatuses.derive(events);
        assertEquals(new LegalStatuses.Derived(LegalStatus.IN_FORCE, LocalDate.of(2019, 11, 27), null), derived);
    }

    @Test
    void theLastEventAboutTheWholeRightDecides() {
        assertEquals(LegalStatus.LAPSED, LegalStatuses.fromEvents(List.of(
                new LegalEvent(LocalDate.of(2016, 9, 28), "17P", "REQUEST FOR EXAMINATION FILED"),
                new LegalEvent(LocalDate.of(2018, 6, 6), "18D", "APPLICATION DEEMED TO BE WITHDRAWN"))));
        assertEquals(LegalStatus.PENDING, LegalStatuses.fromEvents(List.of(
                new LegalEvent(LocalDate.of(2016, 3, 23), "AK", "DESIGNATED CONTRACTING STATES: Kind Code of Ref"
                        + " Document A1"),
                new LegalEvent(LocalDate.of(2017, 2, 3), "STAA", "INFORMATION ON THE STATUS OF AN EP PATENT"
                        + " APPLICATION OR GRANTED EP PATENT: Free Format Text STATUS: EXAMINATION IS IN PROGRESS"))));
        LegalStatuses.Derived expired = LegalStatuses.derive(List.of(
                new LegalEvent(LocalDate.of(2001, 1, 2), "GRAA", "(EXPECTED) GRANT"),
                new LegalEvent(LocalDate.of(2021, 1, 3), "PE20", "PATENT EXPIRED AFTER TERMINATION OF 20 YEARS")));
        assertEquals(new LegalStatuses.Derived(LegalStatus.EXPIRED, null, LocalDate.of(2021, 1, 3)), expired);
        assertEquals(LegalStatus.UNKNOWN, LegalStatuses.fromEvents(List.of(
                new LegalEvent(null, "REG", "REFERENCE TO A NATIONAL CODE: Ref Country Code DE"))));
    }
}
