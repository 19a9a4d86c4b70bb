package placementreview.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outturn if every planned end date falling in the rest of the year slips by this many weeks, with the
 * placements whose slip costs most.
 */
public record SlipScenario(int weeks, BigDecimal extraCost, BigDecimal outturn, BigDecimal variance,
                           List<SlipCost> costliest) {

    /** What one placement's slip adds to the year. */
    public record SlipCost(String placementId, java.time.LocalDate plannedEnd, BigDecimal extraCost) {
    }
}
