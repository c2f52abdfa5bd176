package org.ipradar.patent.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ipradar.patent.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The device of claim 1, wherein x.                               | 5 | [1]",
        "The device of claim 2 or 3, wherein x.                          | 5 | [2, 3]",
        "The device according to any one of claims 1 to 4.               | 5 | [1, 2, 3, 4]",
        "The device according to any one of claims 1-3, wherein x is 2.  | 5 | [1, 2, 3]",
        "The method of claims 1, 2, or 4.                                | 5 | [1, 2, 4]",
        "The device as claimed in any preceding claim.                   | 4 | [1, 2, 3]",
        "A method of making the device of Claim 1.                       | 2 | [1]",
        "Panel according to the first or second claim.                   | 3 | [1, 2]",
        "Druckmaschine nach Anspruch 1, dadurch gekennzeichnet.          | 2 | [1]",
        "Druckmaschine nach einem der Ansprüche 1 bis 3.                 | 4 | [1, 2, 3]",
        "Machine selon l'une quelconque des revendications 1 à 3.        | 4 | [1, 2, 3]",
        "根据权利要求1所述的正极材料，其特征在于。                            | 2 | [1]",
        "如权利要求1-3任一项所述的正极材料。                                 | 4 | [1, 2, 3]",
        "如权利要求1或2所述的正极材料。                                     | 3 | [1, 2]",
        "根据权利要求1、2或3所述的装置。                                    | 4 | [1, 2, 3]",
        "根据前述任一项权利要求所述的装置。                                  | 3 | [1, 2]",
        "A disclaimer comprising 2 claimed parts.                          | 3 | []",
        "An apparatus comprising: a claim holder.                          | 2 | []",
    })
    void findsTheClaimsAClaimRefersTo(String text, int own, String expected) {
        assertEquals(expected, Claims.references(text.strip(), own).toString());
    }

    @Test
    void numbersStripsAndMarksClaimsGivenOneByOne() {
        List<Claim> claims = Claims.of(List.of("1.  A device\n comprising:   a part.", "2. The device of claim 1.",
                "   ", "3. A method using the device."));
        assertEquals(List.of(new Claim(1, "A device comprising: a part.", true, List.of()),
                new Claim(2, "The device of claim 1.", false, List.of(1)),
                new Claim(3, "A method using the device.", true, List.of())), claims);
    }

    @Test
    void keepsNumbersThatAreNotClaimNumbers() {
        List<Claim> claims = Claims.of(List.of("2000 units of a compound.", "The ornamental design for a lamp."));
        assertEquals(List.of(new Claim(1, "2000 units of a compound.", true, List.of()),
                new Claim(2, "The ornamental design for a lamp.", true, List.of())), claims);
    }

    @Test
    void numbersAClaimPrintedTwiceAfterTheLast() {
        List<Claim> claims = Claims.of(List.of("1. A panel.", "2. The panel of claim 1.",
                "2. The panel of claim 1, red."));
        assertEquals(List.of(1, 2, 3), claims.stream().map(Claim::number).toList());
        assertEquals("The panel of claim 1, red.", claims.get(2).text());
    }

    @Test
    void splitsAllClaimsInOneText() {
        String text = "What is claimed is: 1. A device comprising a part having 2. layers; and a cover.\n"
                + "2. The device of claim 1, wherein x is 2. 3. The device of claim 1 or 2, red.";
        List<Claim> claims = Claims.split(text);
        assertEquals(List.of(new Claim(1, "A device comprising a part having 2. layers; and a cover.", true, List.of()),
                new Claim(2, "The device of claim 1, wherein x is 2.", false, List.of(1)),
                new Claim(3, "The device of claim 1 or 2, red.", false, List.of(1, 2))), claims);
    }

    @Test
    void splitsChineseClaimsRunTogether() {
        List<Claim> claims = Claims.split("1.一种装置，包括壳体。2.根据权利要求1所述的装置，其中壳体为金属。3、一种方法。");
        assertEquals(List.of(new Claim(1, "一种装置，包括壳体。", true, List.of()),
                new Claim(2, "根据权利要求1所述的装置，其中壳体为金属。", false, List.of(1)),
                new Claim(3, "一种方法。", true, List.of())), claims);
    }

    @Test
    void textWithoutNumbersIsOneClaim() {
        assertEquals(List.of(new Claim(1, "The ornamental design for a lamp, as shown.", true, List.of())),
                Claims.split("The ornamental design for a lamp, as shown."));
        assertEquals(List.of(), Claims.split("  "));
    }
}
