package org.ipradar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How typed queries read: one line per query, groups joined by " & ", alternatives by " | ", exclusions last. */
class UserQueryTest {
    static String show(UserQuery q) {
        String groups = q.groups().stream()
                .map(g -> g.stream().map(UserQueryTest::show).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining(" & "));
        String excluded = q.excluded().stream().map(i -> "-" + show(i)).collect(Collectors.joining(" "));
        return excluded.isEmpty() ? groups : groups.isEmpty() ? excluded : groups + " " + excluded;
    }

    static String show(UserQuery.Item i) {
        return switch (i.type()) {
            case WORD -> i.text();
            case PHRASE -> "\"" + i.text() + "\"";
            case FILTER -> i.dim() + "=" + String.join(",", i.values());
        };
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "越南 商标抢注 => 越南 & 商标抢注",
        "patent infringement Thailand customs => patent & infringement & Thailand & customs",
        "\"专利 侵权\" 泰国 => \"专利 侵权\" & 泰国",
        "“越南商标”「抢注」 => \"越南商标\" & \"抢注\"",
        "\"unclosed phrase => \"unclosed phrase\"",
        "商标 -越南 -\"trade mark\" => 商标 -越南 -\"trade mark\"",
        "商标 NOT 越南 => 商标 -越南",
        "著作权 OR 外观设计 OR design 专利 => 著作权 | 外观设计 | design & 专利",
        "(著作权 OR 外观设计) 专利 => 著作权 | 外观设计 & 专利",
        "OR a OR => a",
        "-a OR b => b -a",
        "a OR -b => a -b",
        "a AND b && c => a & b & c",
        "country:VN kind:case ipType:trademark lang:EN source:zh-news year:2026 quarter:2026q1 => "
                + "country=VN & kind=case & ipType=trademark & lang=en & source=zh-news & year=2026 & quarter=2026Q1",
        "Country:vn,th IPTYPE:trade-secret industry:High_End_Equipment => "
                + "country=VN,TH & ipType=trade_secret & industry=high_end_equipment",
        "country:ASEAN => country=BN,KH,ID,LA,MY,MM,PH,SG,TH,VN",
        "-kind:news country:VN OR country:TH => country=VN | country=TH -kind=news",
        "source:\"zh-news\" x => source=zh-news & x",
        "http://example.org enterpriseId:E2 country: => http://example.org & enterpriseId:E2 & country:",
        "ｃｏｕｎｔｒｙ：ＶＮ　商标 => country=VN & 商标",
        "+a ++b - c -- d => a & b & c -d",
        "* ? ~ ^ :: () => ''",
        "a\u0000b\u202Ec\tc => a & bc & c",
    })
    void readsTypedQueries(String typed, String expected) {
        assertEquals(expected, show(UserQuery.parse(typed)));
    }

    @Test
    void wordsLeftAsTypedKeepTheirCase() {
        assertEquals(List.of(List.of(new UserQuery.Item(UserQuery.Type.WORD, "WIPO", null, List.of()))),
                UserQuery.parse("WIPO").groups());
    }

    @Test
    void operatorsMarkAQueryWrittenForASearchEngine() {
        assertEquals(false, UserQuery.parse("越南 商标抢注 \"phrase\" country:VN").operators());
        assertEquals(true, UserQuery.parse("a OR b").operators());
        assertEquals(true, UserQuery.parse("a -b").operators());
    }

    @Test
    void limits() {
        String many = java.util.stream.IntStream.range(0, 33).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> UserQuery.parse(many));
        assertEquals("query_too_complex", e.code());
        assertEquals(32, UserQuery.parse(many.substring(0, many.lastIndexOf(' '))).groups().size());
        InvalidRequestException tooLong = assertThrows(InvalidRequestException.class,
                () -> UserQuery.parse("x".repeat(1001)));
        assertEquals("q may be at most 1000 characters (got 1001)", tooLong.getMessage());
        assertEquals("q", tooLong.field());
    }

    @Test
    void badFilterValuesNameTheFilter() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> UserQuery.parse("kind:blog"));
        assertEquals("invalid_kind", e.code());
        assertEquals("the filter kind:blog in q is not valid: kind must be one of: news, case, law, guide, bulletin"
                + " (got \"blog\")", e.getMessage());
        assertEquals("invalid_lang", assertThrows(InvalidRequestException.class,
                () -> UserQuery.parse("lang:cn")).code());
        assertEquals("invalid_industry", assertThrows(InvalidRequestException.class,
                () -> UserQuery.parse("industry:steel")).code());
    }
}
