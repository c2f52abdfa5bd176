package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChineseMatchTest {
    @TempDir
    Path dir;

    @Test
    void chineseClaimsMatchAChineseDescriptionWrittenInEitherScript() throws Exception {
        try (Database db = Database.open(dir); Patents p = Patents.open(db, dir, n -> {})) {
            p.importer().apply(new PatentBatch(List.of(
                    PatentBuilder.of("CN", "110000001", "B").lang("zh").title("锂离子电池隔膜")
                            .claim("一种锂离子电池隔膜，包括多孔聚乙烯薄膜和陶瓷涂层，所述陶瓷涂层包含氧化铝颗粒。")
                            .applicants("深圳市星源材质科技股份有限公司").filed("2019-03-01").granted("2021-05-04")
                            .build(),
                    PatentBuilder.of("CN", "110000002", "B").lang("zh").title("咖啡机")
                            .claim("一种咖啡机，包括水箱和加热器。").filed("2019-03-01").granted("2021-05-04").build()),
                    List.of()), PatentImporter.Progress.none());
            for (String description : List.of("锂离子电池隔膜：多孔聚乙烯薄膜上有氧化铝陶瓷涂层",
                    "鋰離子電池隔膜：多孔聚乙烯薄膜上有氧化鋁陶瓷塗層")) {
                RiskMatcher.RiskResult r = p.matcher().match(RiskQuery.builder(description)
                        .features(List.of("多孔聚乙烯薄膜", "陶瓷涂层")).markets(List.of("CN"))
                        .competitors(List.of("星源材质")).asOf(SeparatorPatents.AS_OF).build());
                assertEquals(List.of("CN110000001B"), r.rows().stream().map(RiskMatch::id).toList(), description);
                RiskMatch row = r.rows().getFirst();
                assertEquals("high: independent claim 1 matches 2 of 2 features and the patent is presumed in force"
                        + " in CN (granted 2021-05-04, within its term; the data has no legal status)", row.riskRule());
                assertEquals(true, row.competitor());
                assertEquals("一种<mark>锂离子电池隔膜</mark>，包括<mark>多孔聚乙烯薄膜</mark>和<mark>陶瓷涂层</mark>，所述"
                        + "<mark>陶瓷涂层</mark>包含<mark>氧化铝</mark>颗粒。", row.matchedClaim().highlighted());
            }
        }
    }
}
