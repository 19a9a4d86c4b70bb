package placementreview.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a review with the panel's previous one (docs/panel-cycle.md): who entered and left the top N, which
 * placements ended or are new, whose council weekly cost changed, and how far each agreed action has been delivered.
 */
public final class SinceLastPanel {
    private SinceLastPanel() {
    }

    /**
     * @param now      this review's caseload
     * @param previous the review compared with, or null when there is none (then only the actions are filled in)
     * @param inForce  the decisions in force on this authority's reviews up to this one
     * @param history  each action's placement's cost in the recorded reviews before this one, in the order recorded
     */
    public static SinceLast compare(RecordedCaseload now, SinceLast.PreviousReceipt previousReceipt,
                                    RecordedCaseload previous, List<Decision> inForce,
                                    Map<String, List<CostPoint>> history) {
        List<SinceLast.Action> actions = ActionDelivery.at(now, inForce, history);
        SinceLast.Totals totals = ActionDelivery.totals(actions);
        if (previous == null) {
            return new SinceLast(null, List.of(), List.of(), List.of(), List.of(), List.of(), actions, totals);
        }
        Map<String, RecordedCaseload.Entry> current = now.byPlacement();
        Map<String, RecordedCaseload.Entry> before = previous.byPlacement();
        Set<String> topNow = ids(now.top());
        Set<String> topBefore = ids(previous.top());

        List<SinceLast.TopMove> entered = new ArrayList<>();
        for (RecordedCaseload.Entry e : now.top()) {
            if (!topBefore.contains(e.placementId())) {
                RecordedCaseload.Entry was = before.get(e.placementId());
                entered.add(new SinceLast.TopMove(e.placementId(), was == null ? null : was.rank(), e.rank(),
                        e.netWeekly()));
            }
        }
        List<SinceLast.TopMove> left = new ArrayList<>();
        for (RecordedCaseload.Entry e : previous.top()) {
            if (!topNow.contains(e.placementId())) {
                RecordedCaseload.Entry is = current.get(e.placementId());
                left.add(new SinceLast.TopMove(e.placementId(), e.rank(), is == null ? null : is.rank(),
                        is == null ? e.netWeekly() : is.netWeekly()));
            }
        }
        List<SinceLast.CaseloadMove> ended = previous.entries().stream()
                .filter(e -> !current.containsKey(e.placementId()))
                .map(e -> new SinceLast.CaseloadMove(e.placementId(), e.netWeekly())).toList();
        List<SinceLast.CaseloadMove> added = now.entries().stream()
                .filter(e -> !before.containsKey(e.placementId()))
                .map(e -> new SinceLast.CaseloadMove(e.placementId(), e.netWeekly())).toList();

        Set<String> shown = new LinkedHashSet<>(topNow);
        shown.addAll(topBefore);
        List<SinceLast.CostChange> changes = new ArrayList<>();
        for (String id : shown) {
            RecordedCaseload.Entry was = before.get(id);
            RecordedCaseload.Entry is = current.get(id);
            if (was != null && is != null && was.netWeekly().compareTo(is.netWeekly()) != 0) {
                changes.add(new SinceLast.CostChange(id, was.netWeekly(), is.netWeekly(),
                        is.netWeekly().subtract(was.netWeekly())));
            }
        }
        changes.sort(Comparator.comparing(SinceLast.CostChange::change).thenComparing(SinceLast.CostChange::placementId));
        return new SinceLast(previousReceipt, entered, left, ended, added, changes, actions, totals);
    }

    private static Set<String> ids(List<RecordedCaseload.Entry> entries) {
        return entries.stream().map(RecordedCaseload.Entry::placementId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The weekly total of a list of cost changes (negative: the council pays less). */
    public static BigDecimal weeklyChange(List<SinceLast.CostChange> changes) {
        return changes.stream().map(SinceLast.CostChange::change).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
