package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.impact.ImpactTable.Cell;
import bg.inkindmatch.web.impact.ImpactTable.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bar charts of the report's tables, drawn on the server as SVG (JFreeChart on JFreeSVG)
 * and shown as images, so that the page needs no chart script and its content security
 * policy stays strict. The chart's text is set in the DejaVu Sans the application ships.
 * A chart is an aid: the numbers are always in the table beside it, and a chart that
 * cannot be drawn (a server without font support) leaves the table alone.
 */
@Component
class ImpactCharts {

    /** The DejaVu Sans of the fonts package. */
    static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private static final Logger log = LoggerFactory.getLogger(ImpactCharts.class);

    private static final Color BARS = new Color(0x1d, 0x4e, 0x89);

    private static final int WIDTH = 480;

    private final Font font;

    ImpactCharts() {
        try (InputStream file = ImpactCharts.class.getResourceAsStream(FONT)) {
            this.font = Font.createFont(Font.TRUETYPE_FONT, file);
        }
        catch (IOException | FontFormatException broken) {
            throw new UncheckedIOException(new IOException("the chart font cannot be read: " + FONT, broken));
        }
    }

    /** The charts of the tables that have one, by table. */
    Map<String, String> drawAll(List<ImpactTable> tables) {
        Map<String, String> drawn = new LinkedHashMap<>();
        tables.forEach(table -> draw(table).ifPresent(image -> drawn.put(table.id(), image)));
        return drawn;
    }

    /**
     * The chart of the table's first number column as an SVG image address, if the table
     * has a chart and a number to draw.
     */
    Optional<String> draw(ImpactTable table) {
        if (!table.charted()) {
            return Optional.empty();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row row : table.rows()) {
            Cell first = row.cells().get(0);
            if (first.isNumber()) {
                data.addValue(first.number(), table.columns().get(1), row.label());
            }
        }
        if (data.getColumnCount() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(image(svg(chart(table, data), height(table, data))));
        }
        catch (RuntimeException | LinkageError noFonts) {
            log.warn("The chart of '{}' could not be drawn; the page shows its table only", table.id(), noFonts);
            return Optional.empty();
        }
    }

    private JFreeChart chart(ImpactTable table, DefaultCategoryDataset data) {
        boolean months = table.id().equals("months");
        JFreeChart chart = ChartFactory.createBarChart(null, null, table.columns().get(1), data,
                months ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL, false, false, false);
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.setOutlineVisible(false);
        if (months) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        else {
            // category names are long ("Канцеларски материали"): two lines, up to 45 % of
            // the width
            plot.getDomainAxis().setMaximumCategoryLabelLines(2);
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        }
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BARS);
        bars.setMaximumBarWidth(0.08);
        return chart;
    }

    private StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("inkind", false);
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 18f));
        theme.setLargeFont(font.deriveFont(14f));
        theme.setRegularFont(font.deriveFont(13f));
        theme.setSmallFont(font.deriveFont(11f));
        return theme;
    }

    private static int height(ImpactTable table, DefaultCategoryDataset data) {
        return table.id().equals("months") ? 320 : 60 + 30 * data.getColumnCount();
    }

    private static String svg(JFreeChart chart, int height) {
        SVGGraphics2D canvas = new SVGGraphics2D(WIDTH, height);
        chart.draw(canvas, new Rectangle(0, 0, WIDTH, height));
        return canvas.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    private static String image(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

}
