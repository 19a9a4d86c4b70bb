package placementreview.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One placement across the recorded reviews that had it on their caseload, oldest first: the council's weekly cost,
 * rank, the options counted in its best reduction, and the panel's decisions on each review's options.
 */
public record PlacementHistory(String placementId, List<Point> points) {

    /** rank: in the whole caseload; shown: whether the review's top N listed it (only those have options to decide). */
    public record Point(String receiptId, LocalDate asOf, Instant recordedAt, String authority, int rank,
                        boolean shown, BigDecimal netWeekly, List<String> countedRuleIds,
                        BigDecimal reductionFullYear, List<Decision> decisions) {
    }
}
