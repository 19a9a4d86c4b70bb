package placementreview.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import placementreview.model.Apportionment;
import placementreview.model.CapacityStatus;
import placementreview.model.CandidateStatus;
import placementreview.model.ComplianceFinding;
import placementreview.model.CostOption;
import placementreview.model.Effect;
import placementreview.model.Finding;
import placementreview.model.SavingOverlap;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;

/**
 * A placement's best achievable reduction in the council's spend, the options counted in it and why each other
 * option is not counted. The rules, in order:
 * <ol>
 * <li>A step-down route that needs an in-house place counts only when CAP-01 allocated one to it (a child awaiting
 *     a place is not an achievable saving; the next best open option counts instead).</li>
 * <li>Every quantified option reduces some parts of the cost ({@link SavingOverlaps}). Options on the same part are
 *     alternatives: only the largest (full year) counts. Options on different parts add up. An option on the whole
 *     package (benchmark fee, term-time weeks, step-down...) overlaps every part, so the best is either the largest
 *     whole-package option alone or the options on separate parts together, whichever reduces the council's spend
 *     more in a full year (ties: the parts).</li>
 * <li>The counted options never add up to more than the placement's net annual cost to the council: an option that
 *     would take the total beyond it is not counted.</li>
 * </ol>
 * Counted options are totalled apart by effect: savings (the package costs less) and cost recovered from partners;
 * their sum is the reduction in the council's spend.
 */
public final class SavingsPlan {
    public static final SavingsPlan NONE = new SavingsPlan(List.of(), Map.of());

    private final List<Finding> counted;
    private final Map<Finding, String> notCounted;

    private SavingsPlan(List<Finding> counted, Map<Finding, String> notCounted) {
        this.counted = counted;
        this.notCounted = notCounted;
    }

    /** The plan of one placement's findings, with no in-house place allocated and no limit from its net cost. */
    public static SavingsPlan best(List<Finding> findings, SavingOverlaps overlaps) {
        return best(findings, overlaps, InHousePlaces.NONE, null);
    }

    /**
     * The plan of one placement's findings given the in-house places allocated across the caseload and the
     * placement's net annual cost to the council (null: no limit).
     */
    public static SavingsPlan best(List<Finding> findings, SavingOverlaps overlaps, InHousePlaces places,
                                   BigDecimal netAnnualCost) {
        Map<Finding, String> notCounted = new IdentityHashMap<>();
        Apportionment split = JointFunding.apportionment(findings);
        List<Finding> open = new ArrayList<>();
        for (Finding f : findings) {
            if (f.savings() == null || f.placementId() == null) {
                continue;
            }
            String waiting = f instanceof StepDownCandidate c ? waitingForPlace(c, places) : null;
            if (waiting != null) {
                notCounted.put(f, waiting);
            } else {
                open.add(f);
            }
        }
        open.sort(Comparator.comparing(SavingsPlan::fullYear).reversed()); // stable: ties stay in rule-id order
        Finding whole = null;
        List<Finding> parts = new ArrayList<>();
        Map<Finding, Set<String>> partsOf = new IdentityHashMap<>();
        for (Finding f : open) {
            Set<String> reduces = overlaps.parts(f.family(), split);
            partsOf.put(f, reduces);
            if (reduces.contains(SavingOverlap.WHOLE_PACKAGE)) {
                if (whole == null) {
                    whole = f;
                } else {
                    notCounted.put(f, sameParts(reduces, whole));
                }
                continue;
            }
            Finding larger = parts.stream().filter(p -> !Collections.disjoint(partsOf.get(p), reduces)).findFirst()
                    .orElse(null);
            if (larger == null) {
                parts.add(f);
            } else {
                notCounted.put(f, sameParts(intersection(reduces, partsOf.get(larger)), larger));
            }
        }
        BigDecimal partsTotal = parts.stream().map(SavingsPlan::fullYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Finding> chosen;
        if (whole != null && (parts.isEmpty() || fullYear(whole).compareTo(partsTotal) > 0)) {
            chosen = List.of(whole);
            for (Finding p : parts) {
                notCounted.put(p, "part of the whole package, which " + whole.ruleId()
                        + " reduces by more on its own");
            }
        } else {
            chosen = parts;
            if (whole != null) {
                String why = "whole-package option: the options on separate parts (" + ruleIds(parts)
                        + ") save more together";
                notCounted.put(whole, why);
                notCounted.replaceAll((f, reason) -> partsOf.getOrDefault(f, Set.of())
                        .contains(SavingOverlap.WHOLE_PACKAGE) ? why : reason);
            }
        }
        List<Finding> counted = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal limit = netAnnualCost == null ? null : netAnnualCost.max(BigDecimal.ZERO);
        for (Finding f : chosen) {
            if (limit != null && total.add(fullYear(f)).compareTo(limit) > 0) {
                notCounted.put(f, "the options counted before it already come to the council's net annual cost");
            } else {
                counted.add(f);
                total = total.add(fullYear(f));
            }
        }
        return counted.isEmpty() && notCounted.isEmpty() ? NONE : new SavingsPlan(List.copyOf(counted), notCounted);
    }

    /** Why a route that needs an in-house place is not counted, or null when it counts (a place is allocated). */
    private static String waitingForPlace(StepDownCandidate c, InHousePlaces places) {
        if (!c.route().capacityLimited()) {
            return null;
        }
        CapacityStatus status = places.status(c);
        String setting = c.route().targetLabel().toLowerCase(java.util.Locale.UK);
        if (status == null) {
            return "needs an in-house place (" + setting + "): none allocated";
        }
        return switch (status) {
            case ALLOCATED -> null;
            case AWAITING_CAPACITY -> "awaiting an in-house place (" + setting + ")";
            case CAPACITY_UNKNOWN -> "the case file does not record " + setting + " capacity";
            case NOT_NEEDED -> "no in-house place allocated: a more preferred route is open";
        };
    }

    private static String sameParts(Set<String> parts, Finding larger) {
        return "same part of the cost (" + String.join(", ", parts) + ") as " + larger.ruleId() + ", which saves more";
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.retainAll(new HashSet<>(b));
        return out;
    }

    private static String ruleIds(List<Finding> options) {
        return options.stream().map(Finding::ruleId).collect(Collectors.joining(", "));
    }

    /** The options counted, largest full-year figure first. */
    public List<Finding> counted() {
        return counted;
    }

    public List<Finding> counted(Effect effect) {
        return counted.stream().filter(f -> f.effect() == effect).toList();
    }

    public boolean counts(Finding f) {
        return counted.stream().anyMatch(c -> c == f);
    }

    /**
     * Why an option is not counted, for the reader; null when it is counted or is not an option (a criterion, an
     * apportionment, a data-quality warning...).
     */
    public String notCountedBecause(Finding f) {
        if (counts(f)) {
            return null;
        }
        String reason = notCounted.get(f);
        if (reason != null) {
            return reason;
        }
        if (f instanceof ComplianceFinding) {
            return "a legal requirement, not a saving";
        }
        if (f instanceof StepDownCandidate c && c.status() == CandidateStatus.NEARLY_ELIGIBLE) {
            return "not an open route: one criterion stands in the way";
        }
        if (f instanceof CostOption || f instanceof StepDownCandidate) {
            return f.savings() == null ? "not quantified" : null;
        }
        if (f.placementId() == null && f.savings() != null) {
            return "a caseload estimate, not part of any placement's saving";
        }
        return null;
    }

    /** Whether the finding is an option (counted or not), so a reader is told whether it counts. */
    public static boolean isOption(Finding f) {
        return f instanceof CostOption || f instanceof StepDownCandidate || f instanceof ComplianceFinding
                || (f.placementId() == null && f.savings() != null);
    }

    /** The counted savings (the package costs less); zero when none. */
    public Savings saving() {
        return sum(counted(Effect.SAVING));
    }

    /** The counted cost recovered from partners (health and education contributions sought); zero when none. */
    public Savings recovery() {
        return sum(counted(Effect.RECOVERY));
    }

    /** Savings plus cost recovered: the reduction in the council's spend. */
    public Savings councilReduction() {
        return sum(counted);
    }

    private static Savings sum(List<Finding> options) {
        Savings total = Savings.ZERO;
        for (Finding f : options) {
            total = total.plus(f.savings());
        }
        return total;
    }

    private static BigDecimal fullYear(Finding f) {
        return f.savings().fullYear();
    }
}
