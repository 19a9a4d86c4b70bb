package placementreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import placementreview.engine.RuleInfo;
import placementreview.engine.TraceEntry;
import placementreview.model.Effect;
import placementreview.model.Money;
import placementreview.review.CostTotals;
import placementreview.review.Forecast;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.SinceLast;

/**
 * What the panel pack template (pack/page.jte) receives: the review, and every figure and sentence worked out here
 * in Java so the template only lays them out. The summary pages have their own records: totals ({@link PackTotals}),
 * forecast ({@link PackForecast}), step-down and capacity ({@link PackStepDown}), caseload findings
 * ({@link PackCaseload}).
 */
public record PanelPackPage(String title, Review review, List<Figure> headlines, CostDistributionChart costChart,
                            SavingsByFamilyChart savingsChart, MarketChart marketChart,
                            List<PackPlacement> placements, PackForecast forecast, List<RuleInfo> rulesUsed,
                            PackTotals totals, PackStepDown stepDown, PackCaseload caseload,
                            SinceLastSection sinceLast) {

    /** A headline figure: what it is, the amount, and a note saying how it was counted. */
    public record Figure(String label, String value, String note) {
    }

    public static PanelPackPage of(Review review, List<RuleInfo> catalogue) {
        return of(review, catalogue, null);
    }

    /** With the "Since the last panel" page when {@code sinceLast} is given (a recorded review with an earlier one). */
    public static PanelPackPage of(Review review, List<RuleInfo> catalogue, SinceLast sinceLast) {
        String title = "High-cost placements panel pack - " + (review.authority() == null ? "" : review.authority())
                + " - " + review.asOf();
        CostTotals caseload = review.caseloadTotals();
        List<BigDecimal> weekly = review.ranked().stream().map(RankedPlacement::weeklyCost)
                .sorted((a, b) -> b.compareTo(a)).toList();
        Map<String, BigDecimal> byFamily = new LinkedHashMap<>();
        caseload.byFamily().forEach(f -> byFamily.put(f.effect() == Effect.RECOVERY ? f.family() + " (recovered)"
                : f.family(), f.fullYearSaving()));
        List<PackPlacement> placements = review.top().stream().map(r -> PackPlacement.of(r, review.context()))
                .toList();
        return new PanelPackPage(title, review, headlines(review, caseload),
                CostDistributionChart.of(weekly, review.top().size()), SavingsByFamilyChart.of(byFamily),
                MarketChart.of(review.benchmarks().market()), placements, PackForecast.of(review.forecast()),
                rulesUsed(review, catalogue), PackTotals.of(review), PackStepDown.of(review), PackCaseload.of(review),
                sinceLast == null ? null : SinceLastSection.of(sinceLast));
    }

    private static List<Figure> headlines(Review review, CostTotals all) {
        CostTotals top = review.topTotals();
        Forecast f = review.forecast();
        String grossVariance = f.grossVariance() == null ? "no budget given"
                : ForecastText.variance(f.grossVariance()) + " (gross against the placement budget)";
        String netVariance = f.netVariance() == null ? "no budget given"
                : ForecastText.variance(f.netVariance()) + " (net against the placement budget)";
        String bestOnly = "the packages cost less: best achievable options per placement, never added twice;"
                + " fee-level options count " + review.benchmarks().sharePct() + " of each gap to the benchmark";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Caseload spend (net, a year)", Money.gbpWhole(all.netAnnualCost()),
                all.placements() + " placements, " + Money.gbpWhole(all.weeklyCost()) + " a week"));
        figures.add(new Figure("Top " + top.placements() + " spend (net, a year)", Money.gbpWhole(top.netAnnualCost()),
                share(top.netAnnualCost(), all.netAnnualCost()) + "% of the caseload's net spend"));
        figures.add(new Figure("Savings identified, this financial year", Money.gbpWhole(all.bestInYearSaving()),
                bestOnly));
        figures.add(new Figure("Savings identified, full year", Money.gbpWhole(all.bestFullYearSaving()), bestOnly));
        figures.add(new Figure("Cost recovered from partners, full year", Money.gbpWhole(all.recovery().fullYear()),
                "health and education contributions sought; " + Money.gbpWhole(all.recovery().inYear())
                        + " this financial year"));
        figures.add(new Figure("Reduction in the council's spend, full year",
                Money.gbpWhole(all.councilReduction().fullYear()), "savings plus cost recovered; "
                        + Money.gbpWhole(all.councilReduction().inYear()) + " this financial year"));
        figures.add(new Figure("Forecast outturn, gross", Money.gbpWhole(f.gross().outturn()), grossVariance));
        figures.add(new Figure("Forecast outturn, net of health and education contributions",
                Money.gbpWhole(f.net().outturn()), netVariance));
        return List.copyOf(figures);
    }

    /** How many records were not reviewed: rejections counted once per file and record, however many fields. */
    public long recordsNotReviewed() {
        return review.rejected().stream().map(r -> r.file() + "\u0000" + r.id()).distinct().count();
    }

    /** The part as a percentage of the whole to one decimal place; "0" when the whole is nothing. */
    static String share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? "0"
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The catalogue entries of every rule that fired for a top-N placement or over the caseload, in catalogue order. */
    private static List<RuleInfo> rulesUsed(Review review, List<RuleInfo> catalogue) {
        Set<String> used = new TreeSet<>();
        review.top().forEach(r -> r.trace().stream().map(TraceEntry::ruleId).forEach(used::add));
        review.portfolio().forEach(f -> used.add(f.ruleId()));
        return catalogue.stream().filter(rule -> used.contains(rule.id())).toList();
    }
}
