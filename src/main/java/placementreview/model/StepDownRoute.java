package placementreview.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A step-down route (rules/reference/step-down-routes.csv): the settings it moves a child from, the child's age band
 * and care-plan goals it applies to, the target setting and its benchmark weekly cost, the in-house capacity it
 * needs (a Capacity field name, or "none"), its place in the order of preference (1 = most preferred) and the
 * criteria (StepDownCriterion keys) that must all be met.
 */
public record StepDownRoute(String route, String label, Set<PlacementType> fromTypes, int minAge, int maxAge,
                            Set<PermanenceGoal> goals, boolean outOfAreaOnly, PlacementType target,
                            String capacityPool, int preference, BigDecimal weekly, List<String> criteria,
                            String source) {

    public static final String NO_CAPACITY_LIMIT = "none";

    public String targetLabel() {
        return target.label();
    }

    public boolean capacityLimited() {
        return !NO_CAPACITY_LIMIT.equals(capacityPool);
    }
}
