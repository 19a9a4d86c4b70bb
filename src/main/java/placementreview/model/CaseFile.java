package placementreview.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One authority's placements on one date, with the records that were rejected while reading and the notes on values
 * read with a change (amounts rounded to the penny) in the records that were kept.
 */
public record CaseFile(String authority, LocalDate asOf, FinancialYear financialYear, Capacity capacity,
                       List<Placement> placements, List<Rejection> rejected, List<InputNote> notes) {

    public CaseFile(String authority, LocalDate asOf, FinancialYear financialYear, Capacity capacity,
                    List<Placement> placements, List<Rejection> rejected) {
        this(authority, asOf, financialYear, capacity, placements, rejected, List.of());
    }
}
