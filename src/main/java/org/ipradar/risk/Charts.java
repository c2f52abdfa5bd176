package org.ipradar.risk;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts for risk-warning reports (risk patents by assignee, by jurisdiction, by year), drawn with JFreeChart
 * into PNG images that the DOCX and PDF writers embed. Labels are set in a CJK font found on the machine (Noto CJK,
 * WenQuanYi, Droid, SimHei, YaHei, PingFang), or the logical sans-serif font when none is installed.
 */
public final class Charts {
    /** The bars' colour, RGB {@code #B03A2E}. */
    public static final Color BAR = new Color(0xB0, 0x3A, 0x2E);

    private static final List<String> CJK_FAMILIES = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
            "Droid Sans Fallback", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC");
    private static final String FAMILY = family();

    private Charts() {}

    /**
     * A vertical bar chart as PNG bytes, bars in the map's iteration order.
     *
     * @param title the chart's title
     * @param axis the label of the value axis, such as 专利数量
     * @param counts category label to count, in display order
     * @param width image width in pixels
     * @param height image height in pixels
     */
    public static byte[] bars(String title, String axis, Map<String, Integer> counts, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((label, n) -> data.addValue(n, axis, label));
        StandardChartTheme theme = new StandardChartTheme("ipradar");
        theme.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 16));
        theme.setLargeFont(new Font(FAMILY, Font.BOLD, 13));
        theme.setRegularFont(new Font(FAMILY, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FAMILY, Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));

        CategoryAxis categories = new CategoryAxis(null);
        NumberAxis values = new NumberAxis(axis);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        theme.apply(chart);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDrawBarOutline(false);
        if (counts.size() > 6) {
            categories.setCategoryLabelPositions(
                    org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        categories.setMaximumCategoryLabelLines(2);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart \"" + title + "\"", e);
        }
    }

    /** The font family the labels are set in. */
    public static String fontFamily() {
        return FAMILY;
    }

    private static String family() {
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }
}
