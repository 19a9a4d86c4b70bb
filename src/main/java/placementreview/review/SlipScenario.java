package placementreview.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outturn if every planned end date falling in the rest of the year slips by this many weeks, gross and net of
 * contributions (a partner's contribution continues while the placement does), with the placements whose slip costs
 * most. Variances are null when there is no budget.
 */
public record SlipScenario(int weeks, BigDecimal extraCost, BigDecimal extraNetCost, BigDecimal outturn,
                           BigDecimal netOutturn, Variance variance, Variance netVariance, List<SlipCost> costliest) {

    /** What one placement's slip adds to the year (gross). */
    public record SlipCost(String placementId, java.time.LocalDate plannedEnd, BigDecimal extraCost) {
    }
}
