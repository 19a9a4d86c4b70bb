package placementreview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import placementreview.model.CandidateStatus;
import placementreview.model.CapacityAllocation;
import placementreview.model.CapacityStatus;
import placementreview.model.Finding;
import placementreview.model.PortfolioFinding;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.StepDown;

/**
 * The pack's step-down page (pack/stepDown.jte): every open step-down route across the caseload, marked counted or
 * not in its placement's best reduction (the reason is the placement's {@code SavingsPlan}'s), with the counted
 * routes totalled; then the in-house places: per setting how many there are, which routes got one and which wait
 * (CAP-01) and what more places would save (CAP-02), and every CAP-01 decision in rank order.
 */
public record PackStepDown(List<Route> routes, Savings counted, List<String> nearlyEligible, List<Setting> settings,
                           List<Decision> decisions) {

    /**
     * An open route of one placement: {@code anchor} is the placement's section in the pack, or null when it is not
     * in the top N; {@code capacity} what CAP-01 decided, or that the route needs no in-house place.
     */
    public record Route(String placementId, String anchor, String route, boolean preferred, String capacity,
                        Savings saving, boolean counted, String countedOrNot) {
    }

    /**
     * One in-house setting: its places in the case file ("not recorded" when unknown), the placements allocated one,
     * those awaiting one, those whose capacity is not recorded, and CAP-02's figure for more places (null if none).
     */
    public record Setting(String setting, String places, List<String> allocated, List<String> awaiting,
                         List<String> unknown, Savings morePlacesWouldSave, String morePlacesRuleId) {
    }

    /** A CAP-01 decision: the setting, the rank among the competing routes, the outcome and the saving at stake. */
    public record Decision(String setting, String rank, String placementId, String outcome, BigDecimal fullYear) {
    }

    private static final Comparator<CapacityAllocation> DECISION_ORDER = Comparator
            .comparing(CapacityAllocation::targetLabel).thenComparing(CapacityAllocation::status)
            .thenComparingInt(CapacityAllocation::rank).thenComparing(CapacityAllocation::placementId);

    public static PackStepDown of(Review review) {
        Set<String> inPack = review.top().stream().map(r -> r.placement().id()).collect(Collectors.toSet());
        List<RankedPlacement> byId = new ArrayList<>(review.ranked());
        byId.sort(Comparator.comparing(r -> r.placement().id()));
        List<Route> routes = new ArrayList<>();
        List<String> nearly = new ArrayList<>();
        Savings counted = Savings.ZERO;
        for (RankedPlacement r : byId) {
            StepDown s = StepDown.of(r, review.portfolio());
            if (s.candidates().isEmpty() && !s.nearlyEligible().isEmpty()) {
                nearly.add(r.placement().id());
            }
            for (StepDownCandidate c : s.candidates()) {
                Finding original = original(r, c);
                boolean counts = r.savingsPlan().counts(original);
                String id = r.placement().id();
                routes.add(new Route(id, inPack.contains(id) ? PackPlacement.anchor(id) : null, c.route().label(),
                        s.isPreferred(c), capacity(c), c.estimated(), counts,
                        ReviewText.countedOrNot(original, r.savingsPlan())));
                if (counts) {
                    counted = counted.plus(c.estimated());
                }
            }
        }
        List<CapacityAllocation> allocations = review.portfolio().stream()
                .filter(CapacityAllocation.class::isInstance).map(CapacityAllocation.class::cast)
                .sorted(DECISION_ORDER).toList();
        List<Decision> decisions = allocations.stream().map(a -> new Decision(a.targetLabel(),
                a.evidence().getOrDefault("rank", ""), a.placementId(), outcome(a.status()),
                a.estimated().fullYear())).toList();
        return new PackStepDown(List.copyOf(routes), counted, List.copyOf(nearly), settings(review, allocations),
                decisions);
    }

    /** The candidate as the placement's findings hold it (StepDown hands back a copy carrying the capacity). */
    private static Finding original(RankedPlacement r, StepDownCandidate c) {
        return r.findings().stream().filter(f -> f instanceof StepDownCandidate o && o.status() == CandidateStatus.CANDIDATE
                && o.getRouteName().equals(c.getRouteName())).findFirst().orElse(c);
    }

    private static List<Setting> settings(Review review, List<CapacityAllocation> allocations) {
        Map<String, List<CapacityAllocation>> bySetting = new TreeMap<>();
        allocations.forEach(a -> bySetting.computeIfAbsent(a.targetLabel(), k -> new ArrayList<>()).add(a));
        List<Setting> out = new ArrayList<>();
        bySetting.forEach((setting, list) -> {
            List<String> awaiting = ids(list, CapacityStatus.AWAITING_CAPACITY);
            PortfolioFinding more = awaiting.isEmpty() ? null : review.portfolio().stream()
                    .filter(f -> f instanceof PortfolioFinding pf && pf.savings() != null
                            && pf.placementIds().equals(awaiting))
                    .map(PortfolioFinding.class::cast).findFirst().orElse(null);
            String places = list.get(0).evidence().getOrDefault("places", "unknown");
            out.add(new Setting(setting, "unknown".equals(places) ? "not recorded" : places,
                    ids(list, CapacityStatus.ALLOCATED), awaiting, ids(list, CapacityStatus.CAPACITY_UNKNOWN),
                    more == null ? null : more.savings(), more == null ? null : more.ruleId()));
        });
        return List.copyOf(out);
    }

    private static List<String> ids(List<CapacityAllocation> list, CapacityStatus status) {
        return list.stream().filter(a -> a.status() == status).map(CapacityAllocation::placementId).sorted().toList();
    }

    /** What CAP-01 decided for a route, in words, or that the route needs no in-house place. */
    static String capacity(StepDownCandidate c) {
        if (!c.route().capacityLimited()) {
            return "no in-house place needed";
        }
        return c.capacity() == null ? "no in-house place allocated" : outcome(c.capacity());
    }

    static String outcome(CapacityStatus status) {
        return switch (status) {
            case ALLOCATED -> "in-house place allocated";
            case AWAITING_CAPACITY -> "awaiting an in-house place";
            case CAPACITY_UNKNOWN -> "capacity not recorded";
            case NOT_NEEDED -> "no place needed: a more preferred route is open";
        };
    }
}
