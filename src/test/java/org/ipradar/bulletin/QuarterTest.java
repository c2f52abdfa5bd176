package org.ipradar.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarterTest {
    @ParameterizedTest
    @CsvSource({
        "2026Q1, 2026-01-01, 2026-03-31, 2025-12-31T16:00:00Z, 2026-03-31T16:00:00Z, 2026年第一季度, Q1 2026",
        "2026q3, 2026-07-01, 2026-09-30, 2026-06-30T16:00:00Z, 2026-09-30T16:00:00Z, 2026年第三季度, Q3 2026",
        "2026Q4, 2026-10-01, 2026-12-31, 2026-09-30T16:00:00Z, 2026-12-31T16:00:00Z, 2026年第四季度, Q4 2026",
    })
    void aQuarterIsThreeMonthsOfShanghaiDays(String text, String first, String last, String start, String end,
            String zh, String en) {
        Quarter q = Quarter.parse(text);
        assertEquals(LocalDate.parse(first), q.firstDay());
        assertEquals(LocalDate.parse(last), q.lastDay());
        assertEquals(Instant.parse(start), q.start());
        assertEquals(Instant.parse(end), q.end());
        assertEquals(zh, q.zh());
        assertEquals(en, q.en());
        assertEquals(text.toUpperCase(java.util.Locale.ROOT), q.toString());
    }

    @Test
    void anInstantBelongsToItsShanghaiQuarter() {
        assertEquals("2026Q2", Quarter.of(Instant.parse("2026-06-30T15:59:59Z")).toString());
        assertEquals("2026Q3", Quarter.of(Instant.parse("2026-06-30T16:00:00Z")).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026Q5|quarter must look like 2026Q3: a year, Q and 1 to 4 (got \"2026Q5\")",
        "2026-3|quarter must look like 2026Q3: a year, Q and 1 to 4 (got \"2026-3\")",
        "1999Q4|quarter must be from 2000Q1 to 2100Q4 (got 1999Q4)",
    })
    void badQuartersSayWhatAQuarterLooksLike(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text)).getMessage());
    }
}
