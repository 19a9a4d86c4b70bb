package placementreview.model;

import java.util.Map;

/**
 * The portfolio's decision (CAP-01) on one step-down candidate that needs an in-house place: allocated, or awaiting
 * capacity, with the saving at stake. A caseload-level finding about one placement.
 */
public record CapacityAllocation(String placementId, String ruleId, String title, String policy, String family,
                                 String route, String capacityPool, String targetLabel, CapacityStatus status,
                                 int rank, Savings estimated, Map<String, String> evidence) implements Finding {

    @Override
    public FindingKind kind() {
        return FindingKind.PORTFOLIO_FINDING;
    }

    /**
     * No saving of its own: the saving is the candidate's (already counted on the placement); {@code estimated}
     * repeats it so the allocation can be read alone.
     */
    @Override
    public Savings savings() {
        return null;
    }
}
