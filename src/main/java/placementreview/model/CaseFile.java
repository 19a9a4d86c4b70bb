package placementreview.model;

import java.time.LocalDate;
import java.util.List;

/** One authority's placements on one date, with the records that were rejected while reading. */
public record CaseFile(String authority, LocalDate asOf, FinancialYear financialYear, Capacity capacity,
                       List<Placement> placements, List<Rejection> rejected) {
}
