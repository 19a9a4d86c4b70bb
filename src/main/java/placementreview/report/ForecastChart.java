package placementreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import placementreview.model.Money;
import placementreview.review.Forecast;
import placementreview.review.ForecastAmounts;
import placementreview.review.SlipScenario;

/**
 * The geometry of the pack's forecast chart (chart/forecast.jte draws it): for the gross cost and the net cost to
 * the council, a bar of spend to date followed by what is committed to the planned end or year end, the range the
 * outturn moves to if planned ends slip (a tick per slip scenario), and the placement budget as a dashed line. The
 * axis runs from £0 to a round figure at or above the largest of the outturns, the slips and the budget.
 * {@code description} says the same figures in words for a screen reader; the pack's forecast tables hold them too.
 */
public record ForecastChart(int width, int height, int plotLeft, int plotRight, int gridTop, int gridBottom,
                            int axisLabelY, String description, List<Tick> ticks, List<Row> rows, Budget budget,
                            List<Key> key) {
    static final int WIDTH = 680;
    static final int PLOT_LEFT = 160;
    static final int PLOT_RIGHT = WIDTH - 20;
    static final int TOP = 22;
    static final int ROW_HEIGHT = 46;
    static final int BAR_HEIGHT = 22;
    /** Estimated width of one character of the 10px legend text, in SVG units. */
    static final double CHAR_WIDTH = 5.4;

    /** A vertical gridline at {@code x} with its £ label under the plot. */
    public record Tick(String x, String label) {
    }

    /**
     * One bar: its label and outturn left of the plot; spent to date from the plot's left edge, committed after it;
     * {@code slip} null when no planned end slips into the year.
     */
    public record Row(String label, String outturn, int labelY, int outturnY, int barY, int barHeight,
                      String spentWidth, String committedX, String committedWidth, Slip slip) {
    }

    /** The slip range: a band from the outturn to the largest slipped outturn, a tick at each scenario. */
    public record Slip(String x, String width, int y, int height, int tickTop, int tickBottom, List<String> tickXs) {
    }

    /** The budget line from the top of the plot to its bottom, its label above it (anchored so it stays inside). */
    public record Budget(String x, String label, String anchor) {
    }

    /**
     * A legend entry: a swatch (a 10-unit square of the style's class starting at {@code swatchX}, or for the budget
     * a vertical line at {@code swatchX}) and its words.
     */
    public record Key(String swatchX, String textX, String style, boolean line, String text) {
    }

    public static ForecastChart of(Forecast f) {
        BigDecimal budget = f.budget();
        BigDecimal largest = f.gross().outturn().max(f.net().outturn()).max(BigDecimal.ONE);
        for (SlipScenario s : f.slips()) {
            largest = largest.max(s.outturn()).max(s.netOutturn());
        }
        if (budget != null) {
            largest = largest.max(budget);
        }
        BigDecimal step = step(largest);
        BigDecimal axisMax = largest.divide(step, 0, RoundingMode.CEILING).multiply(step);
        Scale scale = new Scale(axisMax);
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal t = BigDecimal.ZERO; t.compareTo(axisMax) <= 0; t = t.add(step)) {
            ticks.add(new Tick(scale.x(t), compact(t, step)));
        }
        List<Row> rows = List.of(
                row(0, "Gross cost", f.gross(), f.slips().stream().map(SlipScenario::outturn).toList(), scale),
                row(1, "Net cost to the council", f.net(), f.slips().stream().map(SlipScenario::netOutturn).toList(),
                        scale));
        int gridBottom = TOP + rows.size() * ROW_HEIGHT - (ROW_HEIGHT - BAR_HEIGHT) + 6;
        int axisLabelY = gridBottom + 13;
        Budget line = budget == null ? null : new Budget(scale.x(budget), "Budget " + Money.gbpWhole(budget),
                scale.at(budget) > PLOT_RIGHT - 60 ? "end" : "middle");
        List<Key> key = key(budget != null, hasSlips(f));
        return new ForecastChart(WIDTH, axisLabelY + 30, PLOT_LEFT, PLOT_RIGHT, TOP - 4, gridBottom, axisLabelY,
                description(f), List.copyOf(ticks), rows, line, key);
    }

    /** The baseline of the legend, under the axis labels. */
    public int keyY() {
        return axisLabelY + 22;
    }

    private static Row row(int index, String label, ForecastAmounts a, List<BigDecimal> slipped, Scale scale) {
        int barY = TOP + index * ROW_HEIGHT;
        double spent = scale.length(a.costToDate());
        double committed = scale.length(a.committed());
        Slip slip = null;
        BigDecimal furthest = slipped.stream().max(BigDecimal::compareTo).orElse(a.outturn());
        if (furthest.compareTo(a.outturn()) > 0) {
            double from = scale.at(a.outturn());
            int bandHeight = BAR_HEIGHT / 3;
            slip = new Slip(fmt(from), fmt(scale.at(furthest) - from), barY + (BAR_HEIGHT - bandHeight) / 2,
                    bandHeight, barY - 3, barY + BAR_HEIGHT + 3,
                    slipped.stream().map(scale::x).distinct().toList());
        }
        return new Row(label, Money.gbpWhole(a.outturn()), barY + 9, barY + 21, barY, BAR_HEIGHT, fmt(spent),
                fmt(PLOT_LEFT + spent), fmt(committed), slip);
    }

    private static boolean hasSlips(Forecast f) {
        return f.slips().stream().anyMatch(s -> s.extraCost().signum() > 0 || s.extraNetCost().signum() > 0);
    }

    private static List<Key> key(boolean budget, boolean slips) {
        List<Key> key = new ArrayList<>();
        double x = 10;
        x = add(key, x, "spent", false, "Spent to date");
        x = add(key, x, "committed", false, "Committed to planned end or year end");
        if (slips) {
            x = add(key, x, "slip", false, "If planned ends slip");
        }
        if (budget) {
            add(key, x, "budget", true, "Budget");
        }
        return List.copyOf(key);
    }

    private static double add(List<Key> key, double x, String style, boolean line, String text) {
        key.add(new Key(fmt(line ? x + 5 : x), fmt(x + 14), style, line, text));
        return x + 14 + text.length() * CHAR_WIDTH + 14;
    }

    /** The chart in words: each bar's figures, the budget, and the slip range. */
    static String description(Forecast f) {
        StringBuilder out = new StringBuilder();
        out.append("Gross cost: spent to date ").append(Money.gbpWhole(f.gross().costToDate())).append(", committed ")
                .append(Money.gbpWhole(f.gross().committed())).append(", outturn ")
                .append(Money.gbpWhole(f.gross().outturn())).append(". Net cost to the council: spent to date ")
                .append(Money.gbpWhole(f.net().costToDate())).append(", committed ")
                .append(Money.gbpWhole(f.net().committed())).append(", outturn ")
                .append(Money.gbpWhole(f.net().outturn())).append(". ");
        out.append(f.budget() == null ? "No placement budget in the case file."
                : "Placement budget " + Money.gbpWhole(f.budget()) + ".");
        if (hasSlips(f)) {
            SlipScenario first = f.slips().get(0);
            SlipScenario last = f.slips().get(f.slips().size() - 1);
            out.append(" If planned ends slip by ").append(first.weeks()).append(" to ").append(last.weeks())
                    .append(" weeks, the gross outturn is ").append(Money.gbpWhole(first.outturn())).append(" to ")
                    .append(Money.gbpWhole(last.outturn())).append(" and the net ")
                    .append(Money.gbpWhole(first.netOutturn())).append(" to ")
                    .append(Money.gbpWhole(last.netOutturn())).append('.');
        }
        return out.toString();
    }

    /** A round gridline step (1, 2, 2.5 or 5 times a power of ten) giving at most five steps to the largest figure. */
    static BigDecimal step(BigDecimal largest) {
        BigDecimal rough = largest.divide(BigDecimal.valueOf(5), 10, RoundingMode.CEILING);
        BigDecimal power = BigDecimal.ONE.movePointRight(Math.max(0, rough.precision() - rough.scale() - 1));
        for (String m : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal step = power.multiply(new BigDecimal(m));
            if (step.compareTo(rough) >= 0) {
                return step.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("unreachable: ten times the power is always at least the rough step");
    }

    /** "£0", "£2.5m", "£500k" or "£50": a gridline label in the units of its step. */
    static String compact(BigDecimal amount, BigDecimal step) {
        if (amount.signum() == 0) {
            return "£0";
        }
        if (step.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            return "£" + amount.movePointLeft(6).stripTrailingZeros().toPlainString() + "m";
        }
        if (step.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return "£" + amount.movePointLeft(3).stripTrailingZeros().toPlainString() + "k";
        }
        return Money.gbpWhole(amount);
    }

    private static String fmt(double value) {
        return CostDistributionChart.format("%.1f", value);
    }

    /** Pounds to SVG x: £0 at the plot's left edge, the axis maximum at its right edge; negatives drawn as £0. */
    private record Scale(BigDecimal axisMax) {
        double length(BigDecimal amount) {
            return (PLOT_RIGHT - PLOT_LEFT) * Math.max(0, amount.doubleValue()) / axisMax.doubleValue();
        }

        double at(BigDecimal amount) {
            return PLOT_LEFT + length(amount);
        }

        String x(BigDecimal amount) {
            return fmt(at(amount));
        }
    }
}
