package placementreview.ruleapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import placementreview.model.Money;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;

/** Arithmetic the portfolio rules call: shares of spend and indicative savings over a group of placements. */
public final class CaseloadMath {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal WEEKS = BigDecimal.valueOf(52);

    private CaseloadMath() {
    }

    /** part as a percentage of whole, to one decimal place; zero when whole is zero. */
    public static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** part as a percentage of whole to 10 decimal places (for comparing with a threshold); zero when whole is zero. */
    public static BigDecimal exactPct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(HUNDRED).divide(whole, 10, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * An indicative saving of pct per cent of an annual spend, starting leadWeeks after the review date and running
     * to the financial-year end: full year = spend x pct / 100; weekly = full year / 52; in year = weekly x days / 7.
     */
    public static Savings indicativeSaving(BigDecimal annualSpend, BigDecimal pct, ReviewContext context,
                                           int leadWeeks) {
        BigDecimal fullYear = annualSpend.multiply(pct).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        BigDecimal weekly = fullYear.divide(WEEKS, 10, RoundingMode.HALF_UP);
        LocalDate from = context.asOf().plusWeeks(leadWeeks);
        BigDecimal inYear = CostCalendar.costBetween(weekly, 52, from, context.yearEnd());
        return new Savings(Money.pence(weekly), inYear, Money.pence(fullYear));
    }
}
