package org.ipradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    // dates without an offset are read in Asia/Shanghai (UTC+8): midnight there is 16:00 UTC the day before
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-12                              | 2026-03-11T16:00:00Z
            2026/03/12                              | 2026-03-11T16:00:00Z
            2026.03.12                              | 2026-03-11T16:00:00Z
            2026-3-2                                | 2026-03-01T16:00:00Z
            2026-03-12 14:30                        | 2026-03-12T06:30:00Z
            2026/03/12 14:30:45                     | 2026-03-12T06:30:45Z
            2007-08-20-23:59:59                     | 2007-08-20T15:59:59Z
            2026-03-12T14:30:00+07:00               | 2026-03-12T07:30:00Z
            2026-03-12T14:30:00.123Z                | 2026-03-12T14:30:00Z
            2026-03-12T14:30:00+0530                | 2026-03-12T09:00:00Z
            2026-03-12T14:30:00                     | 2026-03-12T06:30:00Z
            Thu, 12 Mar 2026 14:30:00 GMT           | 2026-03-12T14:30:00Z
            Thu, 12 Mar 2026 14:30:00 +0100         | 2026-03-12T13:30:00Z
            12 Mar 2026                             | 2026-03-11T16:00:00Z
            12 March 2026                           | 2026-03-11T16:00:00Z
            12th March, 2026                        | 2026-03-11T16:00:00Z
            12-Mar-2026                             | 2026-03-11T16:00:00Z
            March 12, 2026                          | 2026-03-11T16:00:00Z
            Mar. 12 2026                            | 2026-03-11T16:00:00Z
            SEPT 3RD 2026                           | 2026-09-02T16:00:00Z
            "November 18, 2019 12:01 PM"            | 2019-11-18T04:01:00Z
            "Nov 19, 2019, 2:30 p.m. EST"           | 2019-11-19T19:30:00Z
            2026年3月12日                            | 2026-03-11T16:00:00Z
            2026年03月12日 14:30                     | 2026-03-12T06:30:00Z
            2026 年 3 月 12 日 14时30分              | 2026-03-12T06:30:00Z
            发布时间：2026-03-12 来源：国家知识产权局  | 2026-03-11T16:00:00Z
            ２０２６年３月１２日                       | 2026-03-11T16:00:00Z
            12/03/2026                              | 2026-03-11T16:00:00Z
            12.03.2026                              | 2026-03-11T16:00:00Z
            25/12/2026                              | 2026-12-24T16:00:00Z
            ngày 12 tháng 3 năm 2026                | 2026-03-11T16:00:00Z
            12 tháng 03, 2026                       | 2026-03-11T16:00:00Z
            12 Tháng Ba 2026                        | 2026-03-11T16:00:00Z
            12 Maret 2026                           | 2026-03-11T16:00:00Z
            17 Agustus 2026 pukul 10:00 WIB         | 2026-08-17T03:00:00Z
            12 Ogos 2026                            | 2026-08-11T16:00:00Z
            1 Disember 2026                         | 2026-11-30T16:00:00Z
            Posted on Maret 30, 2015 by Admin       | 2015-03-29T16:00:00Z
            """)
    void readsTheFormatsSitesPrint(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), Dates.parse(text, SHANGHAI, DayMonthOrder.DMY));
    }

    // the source's order settles all-numeric dates; a day above 12 settles them whatever the order says
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            03/04/2026 | DMY | 2026-04-03T00:00:00Z
            03/04/2026 | MDY | 2026-03-04T00:00:00Z
            25/12/2026 | MDY | 2026-12-25T00:00:00Z
            12/25/2026 | DMY | 2026-12-25T00:00:00Z
            """)
    void numericDatesFollowTheSourcesOrder(String text, DayMonthOrder order, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), Dates.parse(text, ZoneId.of("UTC"), order));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "no date here", "2026", "March 2026", "31 February 2026", "2026-13-01",
        "2026-02-30 10:00", "13/13/2026", "1850-01-01", "version 1.2.3", "call 010-12345678", "25:61 on 2026-99-99"})
    void givesNothingForTextWithoutADate(String text) {
        assertEquals(Optional.empty(), Dates.parse(text, SHANGHAI, DayMonthOrder.DMY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Updated 12 March 2026; first published 10 March 2026 | 2026-03-12T00:00:00Z
            Published 3 May 2026, updated 2026-05-04 09:00      | 2026-05-03T00:00:00Z
            """)
    void takesTheFirstDateInTheText(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), Dates.parse(text, ZoneId.of("UTC")));
    }
}
