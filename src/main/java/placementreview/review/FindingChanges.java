package placementreview.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import placementreview.model.Apportionment;
import placementreview.model.Finding;
import placementreview.model.FunderShare;
import placementreview.model.Money;
import placementreview.model.PortfolioFinding;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;

/**
 * Pairs the findings one placement (or the caseload) got under two rulebases. A finding is known by its rule id, and
 * for a step-down finding by its route or criterion, since one rule may decide several; a rule that fires more than
 * once otherwise is paired in finding order. Two paired findings differ when their state, £ figures or counting
 * differ. A title that differs alone is not a change of decision: titles quote the thresholds, so raising the
 * very-high-cost line would otherwise "change" every placement still above it. The evidence (kept for the top N
 * only) is not compared.
 */
final class FindingChanges {
    final List<FindingChange> added = new ArrayList<>();
    final List<FindingChange> removed = new ArrayList<>();
    final List<FindingChange> changed = new ArrayList<>();

    private FindingChanges() {
    }

    static FindingChanges between(List<Finding> before, Predicate<Finding> countedBefore, List<Finding> after,
                                  Predicate<Finding> countedAfter) {
        Map<String, Finding> b = byKey(before);
        Map<String, Finding> a = byKey(after);
        FindingChanges out = new FindingChanges();
        b.forEach((key, f) -> {
            Finding other = a.get(key);
            FindingChange.State was = state(f, countedBefore);
            if (other == null) {
                out.removed.add(new FindingChange(f.ruleId(), f.kind().jsonName(), f.family(), was, null));
                return;
            }
            FindingChange.State now = state(other, countedAfter);
            if (!sameDecision(was, now)) {
                out.changed.add(new FindingChange(f.ruleId(), f.kind().jsonName(), f.family(), was, now));
            }
        });
        a.forEach((key, f) -> {
            if (!b.containsKey(key)) {
                out.added.add(new FindingChange(f.ruleId(), f.kind().jsonName(), f.family(), null,
                        state(f, countedAfter)));
            }
        });
        return out;
    }

    private static boolean sameDecision(FindingChange.State a, FindingChange.State b) {
        return a.state().equals(b.state()) && a.counted() == b.counted() && sameMoney(a.savings(), b.savings());
    }

    private static boolean sameMoney(Savings a, Savings b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.weekly().compareTo(b.weekly()) == 0 && a.inYear().compareTo(b.inYear()) == 0
                && a.fullYear().compareTo(b.fullYear()) == 0;
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.ruleId() + "|" + discriminator(f);
            String unique = key;
            for (int n = 2; out.containsKey(unique); n++) {
                unique = key + "#" + n;
            }
            out.put(unique, f);
        }
        return out;
    }

    private static String discriminator(Finding f) {
        if (f instanceof StepDownCandidate c) {
            return c.getRouteName();
        }
        if (f instanceof StepDownCriterion c) {
            return c.criterion();
        }
        return "";
    }

    private static FindingChange.State state(Finding f, Predicate<Finding> counted) {
        return new FindingChange.State(f.title(), state(f), f.savings(), f.savings() != null && counted.test(f));
    }

    private static String state(Finding f) {
        if (f instanceof StepDownCandidate c) {
            return c.status() + (c.capacity() == null ? "" : ", capacity " + c.capacity());
        }
        if (f instanceof StepDownCriterion c) {
            return String.valueOf(c.status());
        }
        if (f instanceof PortfolioFinding p) {
            return "placements " + String.join(", ", p.placementIds());
        }
        if (f instanceof Apportionment a) {
            return a.method() + ": Education " + weekly(a.education()) + ", Health " + weekly(a.health())
                    + ", Social care " + weekly(a.socialCare()) + " a week";
        }
        return Objects.toString(f.notQuantifiable(), "");
    }

    private static String weekly(FunderShare share) {
        return Money.gbp(share.weekly());
    }
}
