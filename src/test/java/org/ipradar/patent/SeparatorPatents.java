package org.ipradar.patent;

import java.time.LocalDate;
import java.util.List;

/**
 * A hand-built set of 17 patents around a ceramic-coated battery separator, each there to test one thing of risk
 * ranking: close claims in force, pending and presumed in force; an expired one and one whose estimated term ended;
 * a design patent; a competitor's twin and a class-matching twin; the firm's own patent with two family members; one
 * outside the target markets; a WO application; and two distractors. Every record is invented for these tests (numbers,
 * names and texts); none is a real patent.
 */
final class SeparatorPatents {
    private SeparatorPatents() {}

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static final String DESCRIPTION = "Separator for a lithium-ion battery: a porous polyethylene film carrying a"
            + " ceramic coating of alumina particles held by a polyvinylidene fluoride binder. The coated separator"
            + " keeps its heat shrinkage below 5% at 150 °C and the coating is 2 to 4 micrometres thick.";

    static final List<String> FEATURES = List.of(
            "porous polyethylene film",
            "ceramic coating of alumina particles",
            "polyvinylidene fluoride binder",
            "heat shrinkage below 5% at 150 °C",
            "coating thickness of 2 to 4 micrometres");

    static final String CLAIM_1 = "A battery separator comprising a porous polyethylene film and a ceramic coating on"
            + " one side of the film, the ceramic coating comprising alumina particles and a polyvinylidene fluoride"
            + " binder, wherein the separator has a heat shrinkage of less than 5% at 150 °C.";

    /** The query every ranking test starts from: markets US, VN and EU, own patent US 9,100,009. */
    static RiskQuery.Builder query() {
        return RiskQuery.builder(DESCRIPTION)
                .features(FEATURES)
                .markets(List.of("US", "VN", "EU"))
                .classes(List.of("H01M 50/449"))
                .competitors(List.of("Shenzhen Senior Technology"))
                .ownPatents(List.of("US 9,100,009"))
                .asOf(AS_OF);
    }

    static List<PatentRecord> all() {
        return List.of(
                // in force in the US, claim 1 touches features 1-4, dependent claim 2 feature 5: high
                PatentBuilder.of("US", "9000001", "B2").title("Ceramic-coated polyethylene battery separator")
                        .abstractText("A separator for lithium batteries has a porous polyethylene film with a"
                                + " ceramic coating that lowers shrinkage when heated.")
                        .claim(CLAIM_1)
                        .dependent(1, "The battery separator of claim 1, wherein the ceramic coating has a thickness"
                                + " of 2 to 4 micrometres.")
                        .assignees("Polar Film Corp.").ipc("H01M 50/449", "H01M 50/403")
                        .application("14/195,001").filed("2014-03-03").granted("2016-05-10")
                        .status(LegalStatus.IN_FORCE).build(),
                // pending in EP, claim 1 touches features 1, 2, 3, 5: medium because pending
                PatentBuilder.of("EP", "3000003", "A1").title("Coated separator for lithium batteries")
                        .abstractText("A coated separator with alumina particles in a fluoropolymer binder.")
                        .claim("A coated separator for a lithium-ion battery, comprising a porous polyethylene film,"
                                + " a ceramic coating of alumina particles and a polyvinylidene fluoride binder, the"
                                + " coating having a thickness of 2 to 4 micrometres.")
                        .applicants("Nordic Cell AB").ipc("H01M 50/446").filed("2019-02-01")
                        .published("2020-08-05").status(LegalStatus.PENDING).build(),
                // granted in VN, no status data: presumed in force; claim 1 touches features 1, 2, 3: medium
                PatentBuilder.of("VN", "10023456", "B").title("Separator for secondary battery")
                        .claim("A separator for a secondary battery comprising a porous polyethylene film and a"
                                + " ceramic layer containing alumina particles bound by a polyvinylidene fluoride"
                                + " binder.")
                        .assignees("Saigon Battery JSC").filed("2017-05-20").granted("2020-01-15").build(),
                // expired by status: left out unless expired rights are asked for
                PatentBuilder.of("US", "8000004", "B1").title("Heat resistant separator")
                        .claim("A separator comprising a porous polyethylene film having a ceramic coating of alumina"
                                + " particles in a polyvinylidene fluoride binder, the separator having a heat"
                                + " shrinkage of less than 5% at 150 °C.")
                        .assignees("Old Cells Inc.").filed("2003-01-10").granted("2005-06-07")
                        .status(LegalStatus.EXPIRED).expiry("2023-01-10").build(),
                // no status, filed 1998: the estimated 20-year term ended in 2018
                PatentBuilder.of("US", "6000005", "A").title("Battery separator with inorganic coating")
                        .claim("A battery separator comprising a polyethylene film and an inorganic coating of"
                                + " alumina particles.")
                        .assignees("Vintage Power Co.").filed("1998-01-15").granted("1999-09-01").build(),
                // a design patent: presumed in force until 15 years from grant
                PatentBuilder.of("US", "D800006", "S").type("design").title("Battery separator sheet")
                        .claim("The ornamental design for a battery separator sheet, as shown and described.")
                        .assignees("Shape Works LLC").filed("2016-01-04").granted("2017-08-01").build(),
                // twins: the same text, the second one a competitor's
                PatentBuilder.of("US", "9200007", "B2").title("Lithium battery separator")
                        .claim("A lithium battery separator comprising a polyethylene film and a coating layer of"
                                + " boehmite particles.")
                        .assignees("Lakeside Materials Inc.").filed("2015-06-01").granted("2017-09-12")
                        .status(LegalStatus.IN_FORCE).build(),
                PatentBuilder.of("US", "9200008", "B2").title("Lithium battery separator")
                        .claim("A lithium battery separator comprising a polyethylene film and a coating layer of"
                                + " boehmite particles.")
                        .assignees("Shenzhen Senior Technology Material Co., Ltd.").filed("2015-06-02")
                        .granted("2017-09-12").status(LegalStatus.IN_FORCE).build(),
                // twins: the same text, the second one in the product's class
                PatentBuilder.of("US", "9300009", "B2").title("Multilayer film")
                        .claim("A multilayer film comprising a polyethylene layer and an alumina filled layer.")
                        .assignees("Film Tech Inc.").ipc("B32B 27/32").filed("2016-02-01").granted("2018-03-06")
                        .status(LegalStatus.IN_FORCE).build(),
                PatentBuilder.of("US", "9300019", "B2").title("Multilayer film")
                        .claim("A multilayer film comprising a polyethylene layer and an alumina filled layer.")
                        .assignees("Film Tech Inc.").ipc("H01M 50/449").filed("2016-02-02").granted("2018-03-06")
                        .status(LegalStatus.IN_FORCE).build(),
                // the firm's own patent, and two members of its family: excluded
                PatentBuilder.of("US", "9100009", "B2").title("Ceramic coated separator")
                        .claim(CLAIM_1).assignees("Jiangsu Firm Co., Ltd.").application("14/123,456")
                        .filed("2014-01-02").granted("2016-02-02").familyId("F100").status(LegalStatus.IN_FORCE)
                        .build(),
                PatentBuilder.of("EP", "3100011", "A1").title("Ceramic coated separator").claim(CLAIM_1)
                        .applicants("Jiangsu Firm Co., Ltd.").filed("2015-01-02").familyId("F100")
                        .status(LegalStatus.PENDING).build(),
                PatentBuilder.of("US", "20150100012", "A1").title("Ceramic coated separator").claim(CLAIM_1)
                        .applicants("Jiangsu Firm Co., Ltd.").application("14/123456").filed("2014-01-02")
                        .published("2015-04-09").build(),
                // outside the target markets
                PatentBuilder.of("JP", "2020000013", "A").title("Battery separator").claim(CLAIM_1)
                        .applicants("Kansai Separator KK").filed("2019-03-03").build(),
                // an international application touching feature 2 only
                PatentBuilder.of("WO", "2020000014", "A1").title("Separator with ceramic coating")
                        .claim("A separator with a ceramic coating of alumina particles for batteries.")
                        .applicants("Global Sep Ltd").filed("2019-07-01").published("2020-01-09").build(),
                // distractors: one shares no word, one shares "polyethylene film"
                PatentBuilder.of("US", "9400015", "B2").title("Coffee brewing apparatus")
                        .claim("A coffee brewing apparatus comprising a water tank, a heater and a filter holder.")
                        .assignees("Brew Co.").filed("2016-04-04").granted("2018-04-03").status(LegalStatus.IN_FORCE)
                        .build(),
                PatentBuilder.of("US", "9400016", "B2").title("Bottle")
                        .claim("A bottle made of a polyethylene film wound around a mandrel.")
                        .assignees("Bottle Makers Inc.").filed("2016-05-05").granted("2018-05-01")
                        .status(LegalStatus.IN_FORCE).build());
    }
}
