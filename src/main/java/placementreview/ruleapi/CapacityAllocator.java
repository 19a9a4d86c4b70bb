package placementreview.ruleapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import placementreview.model.CandidateStatus;
import placementreview.model.Capacity;
import placementreview.model.CapacityAllocation;
import placementreview.model.CapacityStatus;
import placementreview.model.Money;
import placementreview.model.SavingWithoutInHousePlace;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.engine.RuleMetadata;

/**
 * Allocates the authority's in-house places (the case file's capacity block) to step-down candidates; called by
 * the portfolio rule CAP-01, because ordering candidates is awkward in pure DRL. The policy it applies:
 * <ol>
 * <li>Pools (in-house foster vacancies, in-house residential beds, supported accommodation units) are filled in
 *     the order of preference of the routes that use them (rules/reference/step-down-routes.csv).</li>
 * <li>A child competes for a pool only if no more preferred route is already open for them: a route that needs no
 *     in-house place (kinship, return home, IFA) or a place already allocated in an earlier pool. Otherwise the
 *     candidate is NOT_NEEDED.</li>
 * <li>Within a pool, places go to the largest full-year saving first; ties by placement id. Candidates beyond the
 *     places are AWAITING_CAPACITY. A pool whose size is not recorded gives CAPACITY_UNKNOWN (never assumed 0).</li>
 * </ol>
 */
public final class CapacityAllocator {
    private static final Comparator<StepDownCandidate> LARGEST_SAVING_FIRST = Comparator
            .comparing((StepDownCandidate c) -> c.estimated().fullYear()).reversed()
            .thenComparing(StepDownCandidate::placementId);

    private CapacityAllocator() {
    }

    /** The allocation decisions as findings of the calling rule (its id and policy). */
    public static List<CapacityAllocation> allocate(RuleContext kcontext, Capacity capacity, List<?> candidates) {
        Rule rule = kcontext.getRule();
        List<CapacityAllocation> out = new ArrayList<>();
        for (Decision d : decide(capacity, candidates.stream().map(StepDownCandidate.class::cast).toList())) {
            out.add(new CapacityAllocation(d.candidate().placementId(), RuleMetadata.id(rule), d.title(),
                    RuleMetadata.policy(rule), RuleMetadata.family(rule), d.candidate().getRouteName(),
                    d.candidate().getCapacityPool(), d.candidate().route().targetLabel(), d.status(), d.rank(),
                    d.candidate().estimated(), d.evidence()));
        }
        return out;
    }

    /** One candidate's outcome: its status, its rank among those competing for the pool, and the pool's size. */
    record Decision(StepDownCandidate candidate, CapacityStatus status, int rank, int competing, Integer places) {
        String title() {
            String setting = candidate.route().targetLabel().toLowerCase(java.util.Locale.UK);
            String saving = Money.gbp(candidate.estimated().fullYear());
            return switch (status) {
                case ALLOCATED -> "Allocated one of " + places + " " + setting + " place(s): its " + saving
                        + " a year saving ranks " + rank + " of " + competing;
                case AWAITING_CAPACITY -> "Awaiting " + setting + " capacity: ranks " + rank + " of " + competing
                        + " for " + places + " place(s); the route would save " + saving
                        + " a year (not counted while it waits)";
                case CAPACITY_UNKNOWN -> "The case file does not record " + setting
                        + " capacity: cannot say whether a place is available (" + saving + " a year at stake)";
                case NOT_NEEDED -> "No " + setting + " place needed: a more preferred route is already open";
            };
        }

        Map<String, String> evidence() {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("capacityPool", candidate.getCapacityPool());
            e.put("places", places == null ? "unknown" : places.toString());
            e.put("rank", status == CapacityStatus.NOT_NEEDED ? "not competing" : rank + " of " + competing);
            e.put("fullYearSaving", candidate.estimated().fullYear().toPlainString());
            return e;
        }
    }

    static List<Decision> decide(Capacity capacity, List<StepDownCandidate> all) {
        List<StepDownCandidate> open = all.stream().filter(c -> c.status() == CandidateStatus.CANDIDATE).toList();
        Map<String, List<StepDownCandidate>> pools = new TreeMap<>();
        Map<String, Integer> poolPreference = new TreeMap<>();
        for (StepDownCandidate c : open) {
            if (c.route().capacityLimited()) {
                pools.computeIfAbsent(c.getCapacityPool(), k -> new ArrayList<>()).add(c);
                poolPreference.merge(c.getCapacityPool(), c.getPreference(), Math::min);
            }
        }
        List<String> order = new ArrayList<>(pools.keySet());
        order.sort(Comparator.comparing((String p) -> poolPreference.get(p)).thenComparing(p -> p));
        Map<String, Integer> uncappedPreference = bestUncappedPreference(open);
        Set<String> settled = new HashSet<>();
        List<Decision> decisions = new ArrayList<>();
        for (String pool : order) {
            Map<String, StepDownCandidate> best = new TreeMap<>();
            for (StepDownCandidate c : pools.get(pool)) {
                best.merge(c.placementId(), c, (a, b) -> LARGEST_SAVING_FIRST.compare(a, b) <= 0 ? a : b);
            }
            List<StepDownCandidate> competing = new ArrayList<>();
            for (StepDownCandidate c : best.values()) {
                if (settled.contains(c.placementId()) || morePreferredUncappedRoute(uncappedPreference, c)) {
                    decisions.add(new Decision(c, CapacityStatus.NOT_NEEDED, 0, 0, places(capacity, pool)));
                } else {
                    competing.add(c);
                }
            }
            competing.sort(LARGEST_SAVING_FIRST);
            Integer places = places(capacity, pool);
            for (int i = 0; i < competing.size(); i++) {
                StepDownCandidate c = competing.get(i);
                CapacityStatus status = places == null ? CapacityStatus.CAPACITY_UNKNOWN
                        : i < places ? CapacityStatus.ALLOCATED : CapacityStatus.AWAITING_CAPACITY;
                if (status == CapacityStatus.ALLOCATED) {
                    settled.add(c.placementId());
                }
                decisions.add(new Decision(c, status, i + 1, competing.size(), places));
            }
        }
        decisions.sort(Comparator.comparing((Decision d) -> d.candidate().placementId())
                .thenComparing(d -> d.candidate().getRouteName()));
        return decisions;
    }

    /** For each placement, the preference of its most preferred open route that needs no in-house place. */
    private static Map<String, Integer> bestUncappedPreference(List<StepDownCandidate> open) {
        Map<String, Integer> best = new HashMap<>();
        for (StepDownCandidate o : open) {
            if (!o.route().capacityLimited()) {
                best.merge(o.placementId(), o.getPreference(), Math::min);
            }
        }
        return best;
    }

    private static boolean morePreferredUncappedRoute(Map<String, Integer> uncappedPreference, StepDownCandidate c) {
        Integer best = uncappedPreference.get(c.placementId());
        return best != null && best < c.getPreference();
    }

    static Integer places(Capacity capacity, String pool) {
        return switch (pool) {
            case "inHouseFosterVacancies" -> capacity.inHouseFosterVacancies();
            case "inHouseResidentialBeds" -> capacity.inHouseResidentialBeds();
            case "supportedAccommodationUnits" -> capacity.supportedAccommodationUnits();
            default -> throw new IllegalArgumentException("unknown capacity pool " + pool);
        };
    }

    /**
     * What places for the awaiting candidates would add to the counted savings (CAP-02): for each, its route's
     * saving less what its placement counts now (the best of its saving without an in-house place and any route
     * allocated a place in another pool), weekly, in-year and full-year each at least zero; added up.
     */
    public static Savings extraSaving(List<?> awaiting, List<?> countedWithoutPlace, List<?> allocated) {
        Map<String, Savings> countedNow = new HashMap<>();
        for (Object o : countedWithoutPlace) {
            SavingWithoutInHousePlace s = (SavingWithoutInHousePlace) o;
            countedNow.merge(s.placementId(), s.counted(), CapacityAllocator::larger);
        }
        for (Object o : allocated) {
            CapacityAllocation a = (CapacityAllocation) o;
            countedNow.merge(a.placementId(), a.estimated(), CapacityAllocator::larger);
        }
        Savings extra = Savings.ZERO;
        for (Object o : awaiting) {
            CapacityAllocation a = (CapacityAllocation) o;
            Savings now = countedNow.getOrDefault(a.placementId(), Savings.ZERO);
            if (a.estimated().fullYear().compareTo(now.fullYear()) > 0) {
                extra = extra.plus(new Savings(gain(a.estimated().weekly(), now.weekly()),
                        gain(a.estimated().inYear(), now.inYear()), gain(a.estimated().fullYear(), now.fullYear())));
            }
        }
        return extra;
    }

    private static Savings larger(Savings a, Savings b) {
        return b.fullYear().compareTo(a.fullYear()) > 0 ? b : a;
    }

    private static BigDecimal gain(BigDecimal route, BigDecimal now) {
        return route.subtract(now).max(BigDecimal.ZERO);
    }

    /** The placement ids of the given allocations. */
    public static List<String> placementIds(List<?> allocations) {
        return allocations.stream().map(o -> ((CapacityAllocation) o).placementId()).sorted().toList();
    }
}
