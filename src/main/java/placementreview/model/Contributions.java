package placementreview.model;

import java.math.BigDecimal;

/** What Health and Education pay towards the package each week; null means not known. */
public record Contributions(BigDecimal healthWeekly, BigDecimal educationWeekly) {
    public static final Contributions UNKNOWN = new Contributions(null, null);

    public BigDecimal knownTotal() {
        return orZero(healthWeekly).add(orZero(educationWeekly));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
