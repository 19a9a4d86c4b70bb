package placementreview.model;

import java.math.BigDecimal;

/** What an option would save: per week, to the financial-year end, and over a full year (pounds, to the penny). */
public record Savings(BigDecimal weekly, BigDecimal inYear, BigDecimal fullYear) {
}
