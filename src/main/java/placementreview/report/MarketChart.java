package placementreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import placementreview.model.MarketRate;
import placementreview.model.Money;
import placementreview.review.MarketGroup;

/**
 * The geometry of the pack's market chart (pack/market.jte draws it): one row per placement type and need band, a box
 * from the lower to the upper quartile of what the council pays a week, a dark tick at the median, and a dashed red
 * mark at the published benchmark for the same type and band at the review year's prices. Five gridlines at
 * quarters of the scale. Coordinates are SVG user units, already formatted, so the template only places them.
 */
public record MarketChart(int width, int height, int plotLeft, int plotRight, List<Gridline> gridlines,
                          List<Row> rows, String description) {
    static final int WIDTH = 680;
    static final int PLOT_LEFT = 260;
    static final int ROW_HEIGHT = 22;
    static final int TOP = 6;
    static final int AXIS_SPACE = 22;

    /** A vertical gridline at {@code x} with its £ label. */
    public record Gridline(String x, String label) {
    }

    /**
     * One group: its label, the box (x, width), the median tick, the published benchmark mark (null when none) and the
     * count label's x; {@code y} is the box's top, {@code textY} the label baseline.
     */
    public record Row(String label, String y, String textY, String boxX, String boxWidth, String medianX,
                      String benchmarkX, String countX, String count) {
    }

    public static MarketChart of(List<MarketGroup> groups) {
        int plotRight = WIDTH - 50;
        double plotWidth = plotRight - PLOT_LEFT;
        BigDecimal max = BigDecimal.ONE;
        for (MarketGroup g : groups) {
            max = max.max(g.rate().upperQuartile());
            if (g.publishedBenchmark() != null) {
                max = max.max(g.publishedBenchmark());
            }
        }
        // the scale ends at the next £1,000 above the largest figure, so the gridline labels are round
        BigDecimal scale = max.divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING).max(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(1000));
        int height = TOP + groups.size() * ROW_HEIGHT + AXIS_SPACE;
        List<Gridline> gridlines = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal tick = scale.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
            gridlines.add(new Gridline(x(tick, scale, plotWidth), Money.gbpWhole(tick)));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            MarketGroup g = groups.get(i);
            MarketRate m = g.rate();
            double top = TOP + i * ROW_HEIGHT + 4;
            double lower = PLOT_LEFT + plotWidth * m.lowerQuartile().doubleValue() / scale.doubleValue();
            double upper = PLOT_LEFT + plotWidth * m.upperQuartile().doubleValue() / scale.doubleValue();
            rows.add(new Row(m.type().label() + ", " + (m.band() == null ? "need band unknown" : m.band().name()),
                    fmt(top), fmt(top + 11), fmt(lower), fmt(Math.max(1.0, upper - lower)),
                    x(m.median(), scale, plotWidth),
                    g.publishedBenchmark() == null ? null : x(g.publishedBenchmark(), scale, plotWidth),
                    fmt(Math.max(upper, lower + 1.0) + 4), "n=" + m.count()));
        }
        return new MarketChart(WIDTH, height, PLOT_LEFT, plotRight, List.copyOf(gridlines), List.copyOf(rows),
                describe(groups));
    }

    /** The chart's figures in words, for a reader who cannot see it: one sentence per group. */
    private static String describe(List<MarketGroup> groups) {
        List<String> sentences = new ArrayList<>();
        for (MarketGroup g : groups) {
            MarketRate m = g.rate();
            sentences.add(m.group() + ": " + m.count() + " placements, lower quartile " + Money.gbp(m.lowerQuartile())
                    + ", median " + Money.gbp(m.median()) + ", upper quartile " + Money.gbp(m.upperQuartile())
                    + (g.publishedBenchmark() == null ? ", no published benchmark"
                            : ", published benchmark " + Money.gbp(g.publishedBenchmark())) + ".");
        }
        return String.join(" ", sentences);
    }

    /** The top of the plot (gridlines start here). */
    public int plotTop() {
        return TOP;
    }

    /** The bottom of the plot (gridlines end here; their labels sit below). */
    public int plotBottom() {
        return height - AXIS_SPACE + 4;
    }

    public int axisLabelY() {
        return height - 6;
    }

    private static String x(BigDecimal pounds, BigDecimal scale, double plotWidth) {
        return fmt(PLOT_LEFT + plotWidth * pounds.doubleValue() / scale.doubleValue());
    }

    private static String fmt(double value) {
        return CostDistributionChart.format("%.2f", value);
    }
}
