package placementreview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import placementreview.model.Money;
import placementreview.review.Forecast;
import placementreview.review.ForecastAmounts;
import placementreview.review.SlipScenario;
import placementreview.review.Variance;

/**
 * The pack's forecast page (pack/forecast.jte): the outturn table (gross cost, less contributions, net cost: spent to
 * date, committed, outturn, then the placement budget and each outturn's variance against it), the slip table (one
 * column per scenario: what it adds, the outturns and their variances, the costliest slips) and the chart.
 */
public record PackForecast(String budgetNote, List<Line> outturn, BigDecimal budget, List<String> scenarios,
                           List<SlipRow> slips, ForecastChart chart) {

    /** A row of the outturn table; {@code variance} null for the contributions and when there is no budget. */
    public record Line(String label, ForecastAmounts amounts, Cell variance) {
    }

    /** A row of the slip table: a label and one cell per scenario; {@code money} right-aligns the cells. */
    public record SlipRow(String label, boolean money, List<Cell> cells) {
    }

    /** A cell: its value and, under it, a note ("over budget (25.9%)"); the note may be empty. */
    public record Cell(String value, String note) {
    }

    public static PackForecast of(Forecast f) {
        List<Line> outturn = List.of(new Line("Gross cost", f.gross(), variance(f.grossVariance())),
                new Line("Less health and education contributions", f.contributions(), null),
                new Line("Net cost to the council", f.net(), variance(f.netVariance())));
        String note = f.budget() == null ? "No placement budget in the case file: variances are not worked out."
                : "Placement budget " + Money.gbp(f.budget()) + ": the gross and the net outturn are each compared"
                        + " with it.";
        List<String> scenarios = f.slips().stream().map(s -> s.weeks() + " weeks").toList();
        List<SlipRow> slips = new ArrayList<>();
        slips.add(money("Extra gross cost", f, SlipScenario::extraCost));
        slips.add(money("Extra net cost", f, SlipScenario::extraNetCost));
        slips.add(money("Gross outturn", f, SlipScenario::outturn));
        if (f.budget() != null) {
            slips.add(new SlipRow("Gross variance against the budget", true,
                    f.slips().stream().map(s -> variance(s.variance())).toList()));
        }
        slips.add(money("Net outturn", f, SlipScenario::netOutturn));
        if (f.budget() != null) {
            slips.add(new SlipRow("Net variance against the budget", true,
                    f.slips().stream().map(s -> variance(s.netVariance())).toList()));
        }
        slips.add(new SlipRow("Costliest slips (gross)", false,
                f.slips().stream().map(s -> new Cell(s.costliest().isEmpty() ? "none" : ForecastText.costliest(s),
                        "")).toList()));
        return new PackForecast(note, outturn, f.budget(), scenarios, List.copyOf(slips), ForecastChart.of(f));
    }

    private static SlipRow money(String label, Forecast f, Function<SlipScenario, BigDecimal> amount) {
        return new SlipRow(label, true, f.slips().stream().map(s -> new Cell(Money.gbp(amount.apply(s)), "")).toList());
    }

    /** "£2,916,963.06" over "over budget (25.9%)"; null when there is no budget. */
    static Cell variance(Variance v) {
        if (v == null) {
            return null;
        }
        String pct = v.percent() == null ? "" : " (" + v.percent().abs().toPlainString() + "%)";
        return v.amount().signum() > 0 ? new Cell(Money.gbp(v.amount()), "over budget" + pct)
                : new Cell(Money.gbp(v.amount().negate()), "under budget" + pct);
    }
}
