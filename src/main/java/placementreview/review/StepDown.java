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

    /** The open routes to a family setting (parents, kin or foster carers), most preferred first. */
    public List<StepDownCandidate> familyRoutes() {
        return candidates.stream().filter(c -> c.route().target().isFamilySetting()).toList();
    }

    /** The answer a check leads with: which kind of move is open, if any. */
    public Answer answer() {
        boolean outside = criteria.stream().anyMatch(c -> c.criterion().equals(StepDownCriterion.SETTING)
                && c.status() != CriterionStatus.MET);
        if (outside || criteria.isEmpty()) {
            return Answer.NOT_APPLICABLE;
        }
        if (!familyRoutes().isEmpty()) {
            return Answer.FAMILY;
        }
        return candidates.isEmpty() ? Answer.NOT_NOW : Answer.LESS_INTENSIVE;
    }

    /**
     * FAMILY: a route to a family setting is open; LESS_INTENSIVE: only a less intensive placement that is not a
     * family setting (e.g. an in-house children's home, supported accommodation); NOT_NOW: no route is open (some
     * may be nearly open); NOT_APPLICABLE: the child is not in a setting step-down applies to.
     */
    public enum Answer {
        FAMILY, LESS_INTENSIVE, NOT_NOW, NOT_APPLICABLE
    }
}
