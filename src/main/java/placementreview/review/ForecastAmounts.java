package placementreview.review;

import java.math.BigDecimal;

/** One kind of money over the year (gross cost, contributions or net cost): spent to date, committed, outturn. */
public record ForecastAmounts(BigDecimal costToDate, BigDecimal committed, BigDecimal outturn) {
    static final ForecastAmounts ZERO = of(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    /** Spent to date and committed, with the outturn their sum. */
    static ForecastAmounts of(BigDecimal costToDate, BigDecimal committed) {
        return new ForecastAmounts(costToDate, committed, costToDate.add(committed));
    }

    ForecastAmounts plus(ForecastAmounts other) {
        return of(costToDate.add(other.costToDate), committed.add(other.committed));
    }

    ForecastAmounts minus(ForecastAmounts other) {
        return of(costToDate.subtract(other.costToDate), committed.subtract(other.committed));
    }
}
