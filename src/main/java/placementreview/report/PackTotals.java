package placementreview.report;

import java.math.BigDecimal;
import java.util.List;
import placementreview.model.Effect;
import placementreview.model.Savings;
import placementreview.review.CostTotals;
import placementreview.review.FamilyTotal;
import placementreview.review.Review;

/**
 * The pack's totals page (pack/totals.jte): the top N, the rest of the caseload and the whole caseload, so the first
 * two rows add up to the third; then savings and cost recovered by option family, counting only the options in each
 * placement's best reduction, with a total row that adds the families and equals the caseload's reduction.
 */
public record PackTotals(List<Row> rows, List<FamilyTotal> families, FamilyTotal familiesTotal) {

    /** One set of placements: its cost and the counted reduction in the council's spend. */
    public record Row(String label, int placements, BigDecimal weeklyCost, BigDecimal netAnnualCost,
                      BigDecimal costToYearEnd, Savings saving, Savings recovery, Savings councilReduction) {

        static Row of(String label, CostTotals t) {
            return new Row(label, t.placements(), t.weeklyCost(), t.netAnnualCost(), t.costToYearEnd(),
                    t.bestSaving(), t.recovery(), t.councilReduction());
        }

        Row minus(String label, Row o) {
            return new Row(label, placements - o.placements, weeklyCost.subtract(o.weeklyCost),
                    netAnnualCost.subtract(o.netAnnualCost), costToYearEnd.subtract(o.costToYearEnd),
                    minus(saving, o.saving), minus(recovery, o.recovery), minus(councilReduction, o.councilReduction));
        }

        private static Savings minus(Savings a, Savings b) {
            return new Savings(a.weekly().subtract(b.weekly()), a.inYear().subtract(b.inYear()),
                    a.fullYear().subtract(b.fullYear()));
        }
    }

    public static PackTotals of(Review review) {
        CostTotals caseload = review.caseloadTotals();
        Row top = Row.of("Top " + review.top().size(), review.topTotals());
        Row whole = Row.of("Whole caseload", caseload);
        List<Row> rows = whole.placements() > top.placements()
                ? List.of(top, whole.minus("Rest of the caseload", top), whole) : List.of(top, whole);
        FamilyTotal total = new FamilyTotal("Total", null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        for (FamilyTotal f : caseload.byFamily()) {
            total = new FamilyTotal("Total", null, total.optionsFound() + f.optionsFound(),
                    total.placementsCounted() + f.placementsCounted(), total.weeklySaving().add(f.weeklySaving()),
                    total.inYearSaving().add(f.inYearSaving()), total.fullYearSaving().add(f.fullYearSaving()));
        }
        return new PackTotals(rows, caseload.byFamily(), total);
    }

    /** "saving" or "cost recovered" for a family's effect. */
    public static String effect(FamilyTotal f) {
        return f.effect() == Effect.RECOVERY ? "cost recovered" : "saving";
    }
}
