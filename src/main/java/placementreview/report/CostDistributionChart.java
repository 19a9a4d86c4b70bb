package placementreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import placementreview.model.Money;

/**
 * The geometry of the panel pack's cost chart (chart/costDistribution.jte draws it): one bar per placement, highest
 * weekly cost first, the first {@code highlighted} bars (the pack's top N) dark, five gridlines at quarters of the
 * highest cost. Coordinates are SVG user units, already formatted, so the template only places them.
 */
public record CostDistributionChart(int width, int height, int plotLeft, int plotRight, int placements,
                                    int highlighted, List<Gridline> gridlines, List<Bar> bars, String description) {
    static final int WIDTH = 680;
    static final int HEIGHT = 220;
    static final int PLOT_LEFT = 70;
    static final int PLOT_TOP = 10;
    static final int PLOT_BOTTOM_MARGIN = 24;

    /** A horizontal gridline at {@code y} with its £ label. */
    public record Gridline(String y, String labelY, String label) {
    }

    /** One placement's bar; {@code style} is the CSS class (bar-top for the top N, bar for the rest). */
    public record Bar(String x, String y, String width, String height, String style) {
    }

    public static CostDistributionChart of(List<BigDecimal> weeklyCostsDescending, int highlighted) {
        int plotRight = WIDTH - 10;
        int plotWidth = plotRight - PLOT_LEFT;
        int plotHeight = HEIGHT - PLOT_BOTTOM_MARGIN - PLOT_TOP;
        BigDecimal max = weeklyCostsDescending.isEmpty() ? BigDecimal.ONE
                : weeklyCostsDescending.get(0).max(BigDecimal.ONE);
        List<Gridline> gridlines = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal tick = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
            double y = PLOT_TOP + plotHeight - plotHeight * i / 4.0;
            gridlines.add(new Gridline(format("%.1f", y), format("%.1f", y + 4), Money.gbpWhole(tick)));
        }
        double barWidth = (double) plotWidth / Math.max(1, weeklyCostsDescending.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < weeklyCostsDescending.size(); i++) {
            double h = plotHeight * weeklyCostsDescending.get(i).doubleValue() / max.doubleValue();
            bars.add(new Bar(format("%.2f", PLOT_LEFT + i * barWidth), format("%.2f", PLOT_TOP + plotHeight - h),
                    format("%.2f", Math.max(0.5, barWidth - 0.6)), format("%.2f", h), i < highlighted ? "bar-top" : "bar"));
        }
        return new CostDistributionChart(WIDTH, HEIGHT, PLOT_LEFT, plotRight, weeklyCostsDescending.size(), highlighted,
                List.copyOf(gridlines), List.copyOf(bars), description(weeklyCostsDescending, highlighted));
    }

    /** The chart in words: how many placements, the range of their weekly costs, and which bars are dark. */
    static String description(List<BigDecimal> weeklyCostsDescending, int highlighted) {
        if (weeklyCostsDescending.isEmpty()) {
            return "No placements.";
        }
        return weeklyCostsDescending.size() + " placements, from " + Money.gbpWhole(weeklyCostsDescending.get(0))
                + " a week down to " + Money.gbpWhole(weeklyCostsDescending.get(weeklyCostsDescending.size() - 1))
                + "; the " + highlighted + " dark bars are the placements in the top table, which gives their figures.";
    }

    /** Where the gridline labels end (they are right-aligned just left of the plot). */
    public int labelRight() {
        return plotLeft - 4;
    }

    /** The baseline of the axis caption under the bars. */
    public int captionY() {
        return height - 6;
    }

    /** Numbers in SVG always use a full stop, whatever the machine's locale. */
    static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
