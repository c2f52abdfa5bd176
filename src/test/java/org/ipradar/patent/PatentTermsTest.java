package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.ipradar.patent.PatentTerms.Category;
import org.ipradar.patent.PatentTerms.Expiry;
import org.junit.jupiter.api.Test;

class PatentTermsTest {
    private static Expiry expiry(PatentBuilder b) {
        return PatentTerms.expiry(b.build());
    }

    private static Expiry estimate(String date, String basis) {
        return new Expiry(LocalDate.parse(date), true, basis);
    }

    @Test
    void aStatedExpiryIsTakenAsItIs() {
        assertEquals(new Expiry(LocalDate.of(2030, 1, 1), false, "stated in the data"),
                expiry(PatentBuilder.of("US", "1", "B2").filed("2001-01-01").expiry("2030-01-01")));
    }

    @Test
    void usUtilityPatentsRunTwentyYearsFromFilingOrSeventeenFromGrantWhenFiledBeforeJune1995() {
        assertEquals(estimate("2030-03-04", "20 years from filing (2010-03-04); 35 U.S.C. 154(a)(2); term adjustment"
                + " not included"), expiry(PatentBuilder.of("US", "1", "B2").filed("2010-03-04").granted("2013-01-01")));
        assertEquals(estimate("2010-06-01", "17 years from grant (1993-06-01), filed before 1995-06-08;"
                + " 35 U.S.C. 154(c)"), expiry(PatentBuilder.of("US", "1", "A").filed("1990-01-10")
                        .granted("1993-06-01")));
        assertEquals(estimate("2012-01-10", "20 years from filing (1992-01-10), longer than 17 years from grant;"
                + " 35 U.S.C. 154(c)"), expiry(PatentBuilder.of("US", "1", "A").filed("1992-01-10")
                        .granted("1993-02-01")));
        assertEquals(estimate("2015-06-08", "20 years from filing (1995-06-08); 35 U.S.C. 154(a)(2); term"
                + " adjustment not included"), expiry(PatentBuilder.of("US", "1", "A").filed("1995-06-08")
                        .granted("1997-01-01")), "the first day of the new rule");
    }

    @Test
    void usDesignPatentsRunFifteenYearsFromGrantWhenFiledFromMay2015AndFourteenBefore() {
        assertEquals(estimate("2032-08-01", "15 years from grant (2017-08-01); 35 U.S.C. 173, filed on or after"
                + " 2015-05-13"), expiry(PatentBuilder.of("US", "D800006", "S").type("design").filed("2015-05-13")
                        .granted("2017-08-01")));
        assertEquals(estimate("2030-03-01", "14 years from grant (2016-03-01); 35 U.S.C. 173, filed before"
                + " 2015-05-13"), expiry(PatentBuilder.of("US", "D700001", "S").type("design").filed("2015-05-12")
                        .granted("2016-03-01")));
        assertEquals(new Expiry(null, false, "no grant date to estimate a US design term from"),
                expiry(PatentBuilder.of("US", "D700001", "S").type("design").filed("2015-05-12")));
    }

    @Test
    void designsElsewhereFollowTheOfficeTable() {
        PatentBuilder cnOld = PatentBuilder.of("CN", "305000001", "S").type("").filed("2021-05-31");
        assertEquals(Category.DESIGN, PatentTerms.category(cnOld.build()), "kind S without a type is a design");
        assertEquals(estimate("2031-05-31", "10 years from filing (2021-05-31); CN Patent Law art. 42 (2008), filed"
                + " before 2021-06-01"), expiry(cnOld));
        assertEquals(estimate("2036-06-01", "15 years from filing (2021-06-01); CN Patent Law art. 42 (2020)"),
                expiry(PatentBuilder.of("CN", "306000001", "S").type("design").filed("2021-06-01")));
        assertEquals(estimate("2033-01-01", "15 years from filing (2018-01-01); VN IP Law art. 93(4): 5 years,"
                + " renewable twice"), expiry(PatentBuilder.of("VN", "3-0012345", "").type("design")
                        .filed("2018-01-01")));
        assertEquals(estimate("2046-01-01", "25 years from filing (2021-01-01); JP Design Act art. 21 (2019"
                + " amendment)"), expiry(PatentBuilder.of("JP", "1700001", "S").type("design").filed("2021-01-01")));
        assertEquals(estimate("2031-03-03", "20 years from registration (2011-03-03); JP Design Act art. 21 before"
                + " the 2019 amendment"), expiry(PatentBuilder.of("JP", "1400001", "S").type("design")
                        .filed("2010-05-05").granted("2011-03-03")));
        assertEquals(estimate("2035-04-04", "15 years from filing (2020-04-04); Hague Agreement (Geneva Act) art."
                + " 17(3) minimum (review)"), expiry(PatentBuilder.of("AR", "1", "").type("design")
                        .filed("2020-04-04")));
    }

    @Test
    void utilityModelsAndInventionsElsewhere() {
        PatentBuilder cnUtility = PatentBuilder.of("CN", "209000001", "U").type("").filed("2019-01-01");
        assertEquals(Category.UTILITY_MODEL, PatentTerms.category(cnUtility.build()));
        assertEquals(estimate("2029-01-01", "10 years from filing (2019-01-01); CN Patent Law art. 42"),
                expiry(cnUtility));
        assertEquals(Category.INVENTION, PatentTerms.category(PatentBuilder.of("US", "1", "U").type("").build()),
                "the US has no utility models");
        assertEquals(estimate("2039-02-01", "20 years from filing (2019-02-01); TRIPS art. 33"),
                expiry(PatentBuilder.of("EP", "3000003", "A1").filed("2019-02-01")));
        assertEquals(estimate("2038-05-05", "20 years from priority (2018-05-05); TRIPS art. 33"),
                expiry(PatentBuilder.of("EP", "3000004", "A1").priority("DE", "102018000001", "2018-05-05")),
                "without a filing date the earliest priority stands in");
        assertEquals(new Expiry(null, false, "no filing date to estimate from"),
                expiry(PatentBuilder.of("EP", "3000005", "A1")));
        assertEquals(estimate("2030-01-01", "20 years from filing (2010-01-01); 35 U.S.C. 154(a)(2); term adjustment"
                + " not included; a reissue keeps the original patent's term, which may end sooner"),
                expiry(PatentBuilder.of("US", "RE45000", "E").type("reissue").filed("2010-01-01")));
    }
}
