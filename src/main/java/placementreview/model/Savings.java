package placementreview.model;

import java.math.BigDecimal;

/** What an option would save: per week, to the financial-year end, and over a full year (pounds, to the penny). */
public record Savings(BigDecimal weekly, BigDecimal inYear, BigDecimal fullYear) {
    public static final Savings ZERO = new Savings(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Savings plus(Savings other) {
        return new Savings(weekly.add(other.weekly), inYear.add(other.inYear), fullYear.add(other.fullYear));
    }
}
