package placementreview.model;

import java.time.LocalDate;

/** The date of the review and the financial year it falls in: every age, duration and in-year figure uses these. */
public record ReviewContext(LocalDate asOf, LocalDate yearStart, LocalDate yearEnd) {

    public LocalDate daysBefore(int days) {
        return asOf.minusDays(days);
    }
}
