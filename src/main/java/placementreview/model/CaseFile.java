package placementreview.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One authority's placements on one date, with the records that were rejected while reading, and the SHA-256 of
 * the input's bytes (of several files read together: of their bytes in the order given).
 */
public record CaseFile(String authority, LocalDate asOf, FinancialYear financialYear, Capacity capacity,
                       List<Placement> placements, List<Rejection> rejected, String inputSha256) {

    /** A case file built in memory, not read from bytes: it has no input hash. */
    public CaseFile(String authority, LocalDate asOf, FinancialYear financialYear, Capacity capacity,
                    List<Placement> placements, List<Rejection> rejected) {
        this(authority, asOf, financialYear, capacity, placements, rejected, null);
    }
}
