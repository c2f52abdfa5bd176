package org.ipradar.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryFileTest {
    private static GlossaryFile.Parsed parse(String text, boolean editors) {
        return GlossaryFile.parse("g.tsv", text, "editor", editors);
    }

    private static List<String> problems(GlossaryFile.Parsed parsed) {
        return parsed.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEveryColumnOfALine() {
        GlossaryFile.Parsed p = parse("term\t商标抢注|抢注商标\t商標搶註\ttrademark squatting\tvn\tcurated\ta note\n", false);
        assertEquals(List.of(), problems(p));
        Entry e = p.entries().get(0);
        assertEquals(new Entry(Entry.Type.TERM, List.of("商标抢注", "抢注商标"), List.of("商標搶註"),
                List.of("trademark squatting"), "VN", "curated", "a note", "g.tsv", 1), e);
    }

    @Test
    void toleratesByteOrderMarkCrLfCaseOfTypeAndEmptyTrailingColumns() {
        GlossaryFile.Parsed p = parse("\uFEFFtype\tzh\tzh_hant\ten\r\n# c\r\nTerm\t专利\t專利\tpatent\t\t\t\t\t\r\n", true);
        assertEquals(List.of(), problems(p));
        assertEquals(List.of("专利"), p.entries().get(0).zh());
        assertEquals("editor", p.entries().get(0).source()); // the default for a line without one
        assertEquals(3, p.entries().get(0).line());
    }

    @Test
    void reportsAHeaderThatNamesOtherColumns() {
        GlossaryFile.Parsed p = parse("type\ten\tzh\n", true);
        assertEquals(List.of("g.tsv:1: the header must be type TAB zh TAB zh_hant TAB en TAB country TAB source TAB note"
                + " (got type TAB en TAB zh)"), problems(p));
    }

    @Test
    void reportsTooManyColumns() {
        GlossaryFile.Parsed p = parse("term\t专利\t\tpatent\t\t\tnote\textra\n", true);
        assertEquals(List.of("g.tsv:1: expected at most 7 tab-separated columns (type, zh, zh_hant, en, country, source,"
                + " note), found 8; line skipped"), problems(p));
    }

    @Test
    void onlyAnEditorsFileRemovesEntries() {
        assertEquals(Map.of("东京", 1), parse("capital\t东京\t\t-\n", true).removals());
        GlossaryFile.Parsed shipped = parse("capital\t东京\t\t-\n", false);
        assertEquals(Map.of(), shipped.removals());
        assertEquals(List.of("g.tsv:1: an en of - removes a shipped entry, which only an editor's file can do; line"
                + " skipped"), problems(shipped));
    }

    @Test
    void spellingsOfOneTermOnOneLineAreNotAConflict() {
        GlossaryFile.Parsed p = parse("term\t商标\t商標\ttrademark|trade mark|trade-mark|Trade Mark\n", true);
        assertEquals(List.of(), problems(p));
        assertEquals(List.of("trademark", "trade mark", "trade-mark", "Trade Mark"), p.entries().get(0).en());
    }
}
