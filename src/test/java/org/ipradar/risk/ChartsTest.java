package org.ipradar.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void barsAreDrawnInOrderAndInProportion() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("三星电子", 6);
        counts.put("Acme Inc.", 3);
        counts.put("LG", 2);
        byte[] png = Charts.bars("按申请人统计的风险专利", "专利数量", counts, 640, 400);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());

        // Columns holding the bar colour, grouped into runs: one run per bar, left to right.
        List<int[]> bars = new ArrayList<>(); // {firstX, height}
        int runStart = -1;
        int runHeight = 0;
        for (int x = 0; x <= img.getWidth(); x++) {
            int h = 0;
            if (x < img.getWidth()) {
                for (int y = 0; y < img.getHeight(); y++) {
                    if ((img.getRGB(x, y) & 0xFFFFFF) == (Charts.BAR.getRGB() & 0xFFFFFF)) {
                        h++;
                    }
                }
            }
            if (h > 0 && runStart < 0) {
                runStart = x;
                runHeight = h;
            } else if (h > 0) {
                runHeight = Math.max(runHeight, h);
            } else if (runStart >= 0) {
                bars.add(new int[] {runStart, runHeight});
                runStart = -1;
            }
        }
        assertEquals(3, bars.size(), "one bar per category");
        double ratio2 = (double) bars.get(1)[1] / bars.get(0)[1];
        double ratio3 = (double) bars.get(2)[1] / bars.get(0)[1];
        assertEquals(0.5, ratio2, 0.03, "3 of 6");
        assertEquals(1.0 / 3, ratio3, 0.03, "2 of 6");
    }

    @Test
    void labelsUseAFontThatShowsChinese() {
        java.awt.Font f = new java.awt.Font(Charts.fontFamily(), java.awt.Font.PLAIN, 12);
        assertEquals(-1, f.canDisplayUpTo("按申请人统计的风险专利"), "family " + Charts.fontFamily());
    }
}
