package placementreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import placementreview.model.Money;

/**
 * The geometry of the "Since the last panel" chart (chart/deliveryByMonth.jte draws it): for each month in which
 * agreed actions fall due, a pair of bars, the weekly saving planned (light) and the weekly saving delivered so far
 * (dark), on one scale from zero to the largest bar, with five gridlines. Coordinates are SVG user units, already
 * formatted, so the template only places them.
 */
public record DeliveryByMonthChart(int width, int height, int plotLeft, int plotRight, int baseline, int legendY,
                                   List<CostDistributionChart.Gridline> gridlines, List<Month> months) {
    static final int WIDTH = 680;
    static final int HEIGHT = 230;
    static final int PLOT_LEFT = 70;
    static final int PLOT_TOP = 36;
    /** Room under the bars for the month names. */
    static final int PLOT_BOTTOM_MARGIN = 24;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** One month's figures: the weekly saving of the actions due in it, planned and delivered so far. */
    public record MonthFigures(YearMonth month, BigDecimal plannedWeekly, BigDecimal deliveredWeekly) {
    }

    /** One month's pair of bars and its label (centred under the pair). */
    public record Month(String label, String labelX, Bar planned, Bar delivered) {
    }

    /** A bar and its £ label, which sits just above it. */
    public record Bar(String x, String y, String width, String height, String amount, String amountX,
                      String amountY) {
    }

    public static DeliveryByMonthChart of(List<MonthFigures> figures) {
        int plotRight = WIDTH - 10;
        int baseline = HEIGHT - PLOT_BOTTOM_MARGIN;
        int plotHeight = baseline - PLOT_TOP;
        BigDecimal max = BigDecimal.ONE;
        for (MonthFigures f : figures) {
            max = max.max(f.plannedWeekly()).max(f.deliveredWeekly());
        }
        List<CostDistributionChart.Gridline> gridlines = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal tick = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
            double y = baseline - plotHeight * i / 4.0;
            gridlines.add(new CostDistributionChart.Gridline(format(y), format(y + 4), Money.gbpWhole(tick)));
        }
        double slot = (double) (plotRight - PLOT_LEFT) / Math.max(1, figures.size());
        double barWidth = Math.min(60, slot * 0.36);
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            MonthFigures f = figures.get(i);
            double centre = PLOT_LEFT + slot * i + slot / 2;
            months.add(new Month(f.month().format(MONTH), format(centre),
                    bar(centre - barWidth - 1, barWidth, f.plannedWeekly(), max, baseline, plotHeight),
                    bar(centre + 1, barWidth, f.deliveredWeekly(), max, baseline, plotHeight)));
        }
        return new DeliveryByMonthChart(WIDTH, HEIGHT, PLOT_LEFT, plotRight, baseline, 12, List.copyOf(gridlines),
                List.copyOf(months));
    }

    private static Bar bar(double x, double width, BigDecimal weekly, BigDecimal max, int baseline, int plotHeight) {
        double h = plotHeight * weekly.doubleValue() / max.doubleValue();
        return new Bar(format(x), format(baseline - h), format(width), format(h), Money.gbpWhole(weekly),
                format(x + width / 2), format(baseline - h - 3));
    }

    /** Where the gridline labels end (they are right-aligned just left of the plot). */
    public int labelRight() {
        return plotLeft - 4;
    }

    /** The baseline of the month names under the bars. */
    public int monthY() {
        return baseline + 16;
    }

    private static String format(double value) {
        return CostDistributionChart.format("%.1f", value);
    }
}
