package placementreview.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import placementreview.model.Savings;

/**
 * Cost totals over a set of placements, with the counted options of each placement added up: savings (the packages
 * cost less), cost recovered from partners, and their sum, the reduction in the council's spend; then the same by
 * option family (never overlapping). {@code bestFullYearSaving} and {@code bestInYearSaving} repeat the savings.
 */
public record CostTotals(int placements, BigDecimal weeklyCost, BigDecimal netAnnualCost, BigDecimal costToYearEnd,
                         Savings bestSaving, Savings recovery, Savings councilReduction, List<FamilyTotal> byFamily) {

    static CostTotals of(List<RankedPlacement> ranked) {
        return new CostTotals(ranked.size(), sum(ranked, RankedPlacement::weeklyCost),
                sum(ranked, RankedPlacement::netAnnualCost), sum(ranked, RankedPlacement::costToYearEnd),
                add(ranked, RankedPlacement::bestSaving), add(ranked, RankedPlacement::recovery),
                add(ranked, RankedPlacement::councilReduction), FamilyTotal.of(ranked));
    }

    public BigDecimal bestFullYearSaving() {
        return bestSaving.fullYear();
    }

    public BigDecimal bestInYearSaving() {
        return bestSaving.inYear();
    }

    private static BigDecimal sum(List<RankedPlacement> ranked, Function<RankedPlacement, BigDecimal> field) {
        return ranked.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Savings add(List<RankedPlacement> ranked, Function<RankedPlacement, Savings> field) {
        return ranked.stream().map(field).reduce(Savings.ZERO, Savings::plus);
    }
}
