package placementreview.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An outturn against the placement budget: pounds over (positive) or under (negative), and that as % of the budget. */
public record Variance(BigDecimal amount, BigDecimal percent) {

    /** The variance of an outturn against a budget, or null when there is no budget. */
    static Variance of(BigDecimal outturn, BigDecimal budget) {
        if (budget == null) {
            return null;
        }
        BigDecimal amount = outturn.subtract(budget);
        BigDecimal percent = budget.signum() == 0 ? null
                : amount.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP);
        return new Variance(amount, percent);
    }
}
