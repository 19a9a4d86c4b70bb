package placementreview.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A step-down route (rules/reference/step-down-routes.csv): the settings it moves a child from, the child's age band
 * and care-plan goals it applies to, the target setting with its benchmark weekly cost and the weeks a year it runs
 * (a foster placement runs 52 even for a child who was in a 38-week school), the in-house capacity it needs (a
 * Capacity field name, or "none"), its place in the order of preference (1 = most preferred) and the criteria
 * (StepDownCriterion keys) that must all be met.
 */
public record StepDownRoute(String route, String label, Set<PlacementType> fromTypes, int minAge, int maxAge,
                            Set<PermanenceGoal> goals, boolean outOfAreaOnly, PlacementType target,
                            String capacityPool, int preference, BigDecimal weekly, int targetWeeksPerYear,
                            List<String> criteria, String source, RatePrice price) implements Priced {

    public static final String NO_CAPACITY_LIMIT = "none";

    /** A route whose weekly rate is taken at face value (its own year's prices, not uplifted). */
    public StepDownRoute(String route, String label, Set<PlacementType> fromTypes, int minAge, int maxAge,
                         Set<PermanenceGoal> goals, boolean outOfAreaOnly, PlacementType target, String capacityPool,
                         int preference, BigDecimal weekly, int targetWeeksPerYear, List<String> criteria,
                         String source) {
        this(route, label, fromTypes, minAge, maxAge, goals, outOfAreaOnly, target, capacityPool, preference, weekly,
                targetWeeksPerYear, criteria, source, null);
    }

    /** The route with its target's weekly rate at another year's prices. */
    @Override
    public StepDownRoute at(RatePrice uplifted) {
        return new StepDownRoute(route, label, fromTypes, minAge, maxAge, goals, outOfAreaOnly, target, capacityPool,
                preference, uplifted.weekly(), targetWeeksPerYear, criteria, source, uplifted);
    }

    /** What the target setting costs a year: its weekly cost times the weeks a year it runs. */
    public BigDecimal annualCost() {
        return weekly.multiply(BigDecimal.valueOf(targetWeeksPerYear));
    }

    public String targetLabel() {
        return target.label();
    }

    public boolean capacityLimited() {
        return !NO_CAPACITY_LIMIT.equals(capacityPool);
    }
}
