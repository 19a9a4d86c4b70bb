package placementreview.review;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import placementreview.model.CandidateStatus;
import placementreview.model.CapacityAllocation;
import placementreview.model.CapacityStatus;
import placementreview.model.CriterionStatus;
import placementreview.model.Finding;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;

/**
 * What the step-down rules found for one placement: its criteria (in rule order), the open routes (candidates, in
 * the order of preference, the first being the preferred one) with the capacity the portfolio rules allocated, and
 * the routes that are nearly open.
 */
public record StepDown(List<StepDownCriterion> criteria, List<StepDownCandidate> candidates,
                       List<StepDownCandidate> nearlyEligible) {

    private static final Comparator<StepDownCandidate> PREFERENCE = Comparator
            .comparingInt(StepDownCandidate::getPreference).thenComparing(StepDownCandidate::getRouteName);

    /** Reads the step-down findings of one placement, joining the capacity decisions made across the caseload. */
    public static StepDown of(String placementId, List<Finding> findings, List<Finding> caseload) {
        Map<String, CapacityStatus> capacity = caseload.stream()
                .filter(f -> f instanceof CapacityAllocation a && placementId.equals(a.placementId()))
                .map(CapacityAllocation.class::cast)
                .collect(Collectors.toMap(CapacityAllocation::route, CapacityAllocation::status, (a, b) -> a));
        List<StepDownCriterion> criteria = findings.stream().filter(StepDownCriterion.class::isInstance)
                .map(StepDownCriterion.class::cast).toList();
        List<StepDownCandidate> routes = findings.stream().filter(StepDownCandidate.class::isInstance)
                .map(StepDownCandidate.class::cast).sorted(PREFERENCE)
                .map(c -> capacity.containsKey(c.getRouteName()) ? c.withCapacity(capacity.get(c.getRouteName())) : c)
                .toList();
        return new StepDown(criteria,
                routes.stream().filter(c -> c.status() == CandidateStatus.CANDIDATE).toList(),
                routes.stream().filter(c -> c.status() == CandidateStatus.NEARLY_ELIGIBLE).toList());
    }

    public static StepDown of(RankedPlacement r, List<Finding> caseload) {
        return of(r.placement().id(), r.findings(), caseload);
    }

    public boolean assessed() {
        return !criteria.isEmpty();
    }

    /** The route to plan for: the most preferred open route, or null. */
    public StepDownCandidate preferred() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    public boolean isPreferred(StepDownCandidate c) {
        return c == preferred();
    }

    /** The preferred route's full-year saving, or zero. */
    public BigDecimal preferredFullYearSaving() {
        StepDownCandidate p = preferred();
        return p == null ? BigDecimal.ZERO : p.estimated().fullYear();
    }

    /** The one-word answer a check leads with. */
    public Answer answer() {
        if (!candidates.isEmpty()) {
            return Answer.YES;
        }
        if (!nearlyEligible.isEmpty()) {
            return Answer.NEARLY;
        }
        boolean outside = criteria.stream().anyMatch(c -> c.criterion().equals(StepDownCriterion.SETTING)
                && c.status() != CriterionStatus.MET);
        return outside || criteria.isEmpty() ? Answer.NOT_APPLICABLE : Answer.NOT_NOW;
    }

    /** YES: a route is open; NEARLY: one criterion stands in the way of a route; NOT_NOW; NOT_APPLICABLE. */
    public enum Answer {
        YES, NEARLY, NOT_NOW, NOT_APPLICABLE
    }
}
