package placementreview.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.model.Effect;
import placementreview.model.Savings;

/**
 * The review's totals under each rulebase and their difference (after minus before): the whole caseload and the top
 * N as each review shows them (cost, counted full-year and in-year saving, by option family) and the forecast. The
 * difference is each figure of the one subtracted from the same figure of the other, so it adds up as they do.
 */
public record WhatIfTotals(Figures before, Figures after, Figures difference) {

    /** One side's figures (or the difference between two). */
    public record Figures(CostTotals caseload, CostTotals top, ForecastFigures forecast) {
    }

    /**
     * The forecast's headline figures and the outturn under each end-date slip (weeks to outturn). Budget and variance
     * are null when the case file gives no budget.
     */
    public record ForecastFigures(BigDecimal costToDate, BigDecimal committed, BigDecimal outturn, BigDecimal budget,
                                  BigDecimal variance, Map<Integer, BigDecimal> slipOutturns) {
        static ForecastFigures of(Forecast f) {
            Map<Integer, BigDecimal> slips = new TreeMap<>();
            f.slips().forEach(s -> slips.put(s.weeks(), s.outturn()));
            return new ForecastFigures(f.gross().costToDate(), f.gross().committed(), f.gross().outturn(), f.budget(),
                    f.grossVariance() == null ? null : f.grossVariance().amount(), slips);
        }
    }

    static WhatIfTotals of(Review before, Review after) {
        Figures b = new Figures(before.caseloadTotals(), before.topTotals(), ForecastFigures.of(before.forecast()));
        Figures a = new Figures(after.caseloadTotals(), after.topTotals(), ForecastFigures.of(after.forecast()));
        return new WhatIfTotals(b, a, new Figures(minus(a.caseload(), b.caseload()), minus(a.top(), b.top()),
                minus(a.forecast(), b.forecast())));
    }

    static CostTotals minus(CostTotals a, CostTotals b) {
        return new CostTotals(a.placements() - b.placements(), a.weeklyCost().subtract(b.weeklyCost()),
                a.netAnnualCost().subtract(b.netAnnualCost()), a.costToYearEnd().subtract(b.costToYearEnd()),
                minus(a.bestSaving(), b.bestSaving()), minus(a.recovery(), b.recovery()),
                minus(a.councilReduction(), b.councilReduction()), minus(a.byFamily(), b.byFamily()));
    }

    private static Savings minus(Savings a, Savings b) {
        return new Savings(a.weekly().subtract(b.weekly()), a.inYear().subtract(b.inYear()),
                a.fullYear().subtract(b.fullYear()));
    }

    /** Family by family (a family only one side has counts as zero on the other), largest change first. */
    private static List<FamilyTotal> minus(List<FamilyTotal> a, List<FamilyTotal> b) {
        Map<String, FamilyTotal> after = byName(a);
        Map<String, FamilyTotal> before = byName(b);
        TreeMap<String, FamilyTotal> names = new TreeMap<>(before);
        names.putAll(after);
        List<FamilyTotal> out = new ArrayList<>();
        for (String family : names.keySet()) {
            Effect effect = names.get(family).effect();
            FamilyTotal x = after.getOrDefault(family, zero(family, effect));
            FamilyTotal y = before.getOrDefault(family, zero(family, effect));
            out.add(new FamilyTotal(family, effect, x.optionsFound() - y.optionsFound(),
                    x.placementsCounted() - y.placementsCounted(), x.weeklySaving().subtract(y.weeklySaving()),
                    x.inYearSaving().subtract(y.inYearSaving()), x.fullYearSaving().subtract(y.fullYearSaving())));
        }
        out.sort(Comparator.comparing((FamilyTotal f) -> f.fullYearSaving().abs()).reversed()
                .thenComparing(FamilyTotal::family));
        return List.copyOf(out);
    }

    private static ForecastFigures minus(ForecastFigures a, ForecastFigures b) {
        Map<Integer, BigDecimal> slips = new TreeMap<>();
        a.slipOutturns().forEach((weeks, outturn) -> {
            if (b.slipOutturns().containsKey(weeks)) {
                slips.put(weeks, outturn.subtract(b.slipOutturns().get(weeks)));
            }
        });
        return new ForecastFigures(a.costToDate().subtract(b.costToDate()), a.committed().subtract(b.committed()),
                a.outturn().subtract(b.outturn()), subtract(a.budget(), b.budget()),
                subtract(a.variance(), b.variance()), slips);
    }

    private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static Map<String, FamilyTotal> byName(List<FamilyTotal> totals) {
        Map<String, FamilyTotal> out = new TreeMap<>();
        totals.forEach(t -> out.put(t.family(), t));
        return out;
    }

    private static FamilyTotal zero(String family, Effect effect) {
        return new FamilyTotal(family, effect, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
