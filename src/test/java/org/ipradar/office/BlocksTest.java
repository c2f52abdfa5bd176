package org.ipradar.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ipradar.office.Blocks.Block;
import org.ipradar.office.Blocks.Kind;
import org.ipradar.office.Blocks.Run;
import org.junit.jupiter.api.Test;

class BlocksTest {
    @Test
    void headingsParagraphsListsAndRuns() {
        String md = """
                ### 越南（VN）

                **企业名称**：某公司 *草稿*

                - 来源：[WIPO Lex](https://www.wipo.int/wipolex/)
                - 第二条
                  - 嵌套

                1. 先做 FTO
                2. 再谈许可

                <script>alert(1)</script>
                """;
        assertEquals(List.of(
                new Block(Kind.HEADING, 3, "", List.of(new Run("越南（VN）", false, false, null))),
                new Block(Kind.PARAGRAPH, 0, "", List.of(new Run("企业名称", true, false, null),
                        new Run("：某公司 ", false, false, null), new Run("草稿", false, true, null))),
                new Block(Kind.ITEM, 1, "•", List.of(new Run("来源：", false, false, null),
                        new Run("WIPO Lex", false, false, "https://www.wipo.int/wipolex/"))),
                new Block(Kind.ITEM, 1, "•", List.of(new Run("第二条", false, false, null))),
                new Block(Kind.ITEM, 2, "•", List.of(new Run("嵌套", false, false, null))),
                new Block(Kind.ITEM, 1, "1.", List.of(new Run("先做 FTO", false, false, null))),
                new Block(Kind.ITEM, 1, "2.", List.of(new Run("再谈许可", false, false, null)))),
                Blocks.parse(md));
    }

    @Test
    void escapedMarkdownComesBackAsTyped() {
        assertEquals("a*b* [x](y) #1 <b>", Blocks.parse("a\\*b\\* \\[x\\](y) \\#1 \\<b\\>").getFirst().text());
    }
}
