package placementreview.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The authority's financial year and its placement budget (null when not given). */
public record FinancialYear(LocalDate start, LocalDate end, BigDecimal placementBudget) {

    /** The English local-government financial year (1 April to 31 March) that contains the date. */
    public static FinancialYear containing(LocalDate date) {
        int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return new FinancialYear(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31), null);
    }
}
