package org.ipradar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipradar.vocab.Countries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The country-name table: names in every listed language to codes, and codes to display names. */
class CountryNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            越南                  | VN
            Việt Nam              | VN
            Viet Nam              | VN
            vietnamese            | VN
            ประเทศไทย             | TH
            ไทย                   | TH
            泰國                  | TH
            Singapura             | SG
            新加坡                | SG
            កម្ពុជា                | KH
            Kampuchea             | KH
            ລາວ                   | LA
            寮國                  | LA
            老撾                  | LA
            မြန်မာ                 | MM
            Burma                 | MM
            Brunei Darussalam     | BN
            汶萊                  | BN
            Pilipinas             | PH
            Filipino              | PH
            Indonesia             | ID
            印尼                  | ID
            '  Malaysia '         | MY
            大马                  | MY
            US                    | US
            CHINA                 | CN
            中國                  | CN
            European Union        | EU
            歐盟                  | EU
            대한민국              | KR
            Deutschland           | DE
            Türkiye               | TR
            """)
    void codeOfAName(String name, String code) {
        assertEquals(Optional.of(code), CountryNames.code(name));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            us
            china
            South China Sea
            中美
            Bangkok
            USPTO
            Atlantis
            ''
            """)
    void noCodeForOtherWords(String name) {
        assertEquals(Optional.empty(), CountryNames.code(name));
    }

    @Test
    void noCodeForNull() {
        assertEquals(Optional.empty(), CountryNames.code(null));
    }

    @Test
    void displayNamesComeInFourLanguages() {
        assertEquals(Map.of("zh", "越南", "zh-Hant", "越南", "en", "Vietnam", "native", "Việt Nam"),
                CountryNames.names("VN"));
        assertEquals(List.of("zh", "zh-Hant", "en", "native"), List.copyOf(CountryNames.names("TH").keySet()));
        assertEquals(List.of("泰国", "泰國", "Thailand", "ประเทศไทย"), List.copyOf(CountryNames.names("TH").values()));
        assertEquals(List.of("老挝", "寮國", "Laos", "ລາວ"), List.copyOf(CountryNames.names("LA").values()));
        assertEquals(List.of("文莱", "汶萊", "Brunei", "Brunei Darussalam"),
                List.copyOf(CountryNames.names("BN").values()));
        assertEquals(Map.of(), CountryNames.names("XX"));
    }

    @Test
    void everyCoveredCountryHasAllFourDisplayNames() {
        List<String> incomplete = new ArrayList<>();
        for (String code : CountryNames.codes()) {
            if (CountryNames.names(code).size() != 4) {
                incomplete.add(code + CountryNames.names(code).keySet());
            }
        }
        assertEquals(List.of(), incomplete);
    }

    @Test
    void coversAseanAndTheMainMarkets() {
        assertTrue(CountryNames.codes().containsAll(Countries.ASEAN), () -> CountryNames.codes().toString());
        assertTrue(CountryNames.codes().containsAll(List.of("CN", "US", "EU", "JP", "KR", "IN", "GB", "DE", "AU")),
                () -> CountryNames.codes().toString());
        assertTrue(CountryNames.codes().stream().allMatch(Countries::isValid));
    }

    @Test
    void aliasesListEveryNameButCitiesOfficesAndCompounds() {
        assertEquals(List.of("老挝", "寮國", "老撾", "Laos", "ລາວ", "ສປປ ລາວ", "Lao PDR", "Lao People's Democratic Republic",
                "Lao", "Laotian", "Lào", "ลาว"), CountryNames.aliases("LA"));
    }
}
