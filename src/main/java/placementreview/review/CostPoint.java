package placementreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One placement in one recorded review: the council's weekly cost (net of contributions), and its weeks a year and
 * planned end as that review read them.
 */
public record CostPoint(String receiptId, LocalDate asOf, BigDecimal netWeekly, int weeksPerYear,
                        LocalDate plannedEnd) {
}
