package placementreview.review;

import java.math.BigDecimal;
import java.util.List;

/** Cost totals over a set of placements, with the best achievable savings by option family (never overlapping). */
public record CostTotals(int placements, BigDecimal weeklyCost, BigDecimal netAnnualCost, BigDecimal costToYearEnd,
                         BigDecimal bestFullYearSaving, BigDecimal bestInYearSaving, List<FamilyTotal> byFamily) {

    static CostTotals of(List<RankedPlacement> ranked) {
        return new CostTotals(ranked.size(), sum(ranked, RankedPlacement::weeklyCost),
                sum(ranked, RankedPlacement::netAnnualCost), sum(ranked, RankedPlacement::costToYearEnd),
                sum(ranked, RankedPlacement::bestFullYearSaving), sum(ranked, RankedPlacement::bestInYearSaving),
                FamilyTotal.of(ranked));
    }

    private static BigDecimal sum(List<RankedPlacement> ranked,
                                  java.util.function.Function<RankedPlacement, BigDecimal> field) {
        return ranked.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
