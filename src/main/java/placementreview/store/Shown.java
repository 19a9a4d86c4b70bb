package placementreview.store;

import java.math.BigDecimal;
import java.util.List;
import placementreview.review.RecordedCaseload;

/**
 * What a run's output shows, indexed beside the receipt: the placements (with rank and weekly cost where ranked)
 * and the findings (rule, placement, weekly saving). The log filters on these; the panel's decisions refer to them.
 * A review also keeps its whole caseload (for the panel's cycle) and whether its output compares it with the last
 * panel (so that replay does the same); null and false for other outputs.
 */
public record Shown(List<Placement> placements, List<Finding> findings, RecordedCaseload caseload,
                    boolean sinceLast) {
    public static final Shown NOTHING = new Shown(List.of(), List.of());

    public Shown(List<Placement> placements, List<Finding> findings) {
        this(placements, findings, null, false);
    }

    public Shown withSinceLast() {
        return new Shown(placements, findings, caseload, true);
    }

    public record Placement(String placementId, Integer rank, BigDecimal weeklyCost) {
    }

    /** placementId is null for a caseload finding that names no placement. */
    public record Finding(String ruleId, String placementId, BigDecimal weeklySaving) {
    }
}
