package placementreview.store;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a run's output shows, indexed beside the receipt: the placements (with rank and weekly cost where ranked)
 * and the findings (rule, placement, weekly saving). The log filters on these; the panel's decisions refer to them.
 */
public record Shown(List<Placement> placements, List<Finding> findings) {
    public static final Shown NOTHING = new Shown(List.of(), List.of());

    public record Placement(String placementId, Integer rank, BigDecimal weeklyCost) {
    }

    /** placementId is null for a caseload finding that names no placement. */
    public record Finding(String ruleId, String placementId, BigDecimal weeklySaving) {
    }
}
