package placementreview.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One authority's placements on one date, with the records that were rejected while reading, the notes on values
 * read with a change (amounts rounded to the penny) in the records that were kept, and the SHA-256 of the input's
 * bytes (of several files read together: of their bytes in the order given; null for a case file built in memory).
 */
public record CaseFile(String authority, LocalDate asOf, FinancialYear financialYear, Capacity capacity,
                       List<Placement> placements, List<Rejection> rejected, List<InputNote> notes,
                       String inputSha256) {

    /** A case file built in memory, not read from bytes: no notes and no input hash. */
    public CaseFile(String authority, LocalDate asOf, FinancialYear financialYear, Capacity capacity,
                    List<Placement> placements, List<Rejection> rejected) {
        this(authority, asOf, financialYear, capacity, placements, rejected, List.of(), null);
    }
}
