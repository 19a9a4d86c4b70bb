package placementreview.model;

import java.util.Map;

/**
 * A step-down route for one placement: a CANDIDATE when every criterion of the route is met, NEARLY_ELIGIBLE when
 * exactly one is not met or unknown (named in {@code blocker}). {@code estimated} is what the move would save; it
 * counts as a saving ({@link #savings()}) only for a candidate. {@code capacity} is set after the portfolio rules
 * allocated in-house places (null before that, and for routes that need no in-house place).
 */
public record StepDownCandidate(String placementId, String ruleId, String title, String policy, String family,
                                StepDownRoute route, CandidateStatus status, StepDownCriterion blocker,
                                Savings estimated, CapacityStatus capacity, Map<String, String> evidence)
        implements Finding {

    @Override
    public FindingKind kind() {
        return FindingKind.STEP_DOWN_CANDIDATE;
    }

    @Override
    public Effect effect() {
        return Effect.SAVING;
    }

    @Override
    public Savings savings() {
        return status == CandidateStatus.CANDIDATE ? estimated : null;
    }

    public String getRouteName() {
        return route.route();
    }

    public String getCapacityPool() {
        return route.capacityPool();
    }

    public int getPreference() {
        return route.preference();
    }

    public StepDownCandidate withCapacity(CapacityStatus status) {
        return new StepDownCandidate(placementId, ruleId, title, policy, family, route, this.status, blocker,
                estimated, status, evidence);
    }
}
