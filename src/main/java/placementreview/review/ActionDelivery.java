package placementreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.model.Savings;
import placementreview.ruleapi.CostCalendar;

/**
 * How far each agreed action has been delivered at a recorded review (docs/panel-cycle.md). The fall is the
 * council's weekly cost in the review decided on (the baseline) less its cost now. A fall is counted once: the actions
 * on one placement take it in due-date order, each up to its target, and the last takes whatever is left. Planned
 * figures run from the due date, delivered ones from the first recorded review that showed the fall; both to the
 * planned end or year end (in year) and over 52 weeks (full year), never before the financial year's start.
 */
public final class ActionDelivery {
    private static final Comparator<Decision> ORDER = Comparator.comparing(Decision::due)
            .thenComparing(Decision::ruleId).thenComparing(Decision::id);

    private ActionDelivery() {
    }

    /**
     * The actions (agreed decisions in force) as at {@code now}; {@code history}: for each placement, its cost in the
     * recorded reviews before {@code now}, in the order recorded (the reviews decided on among them).
     */
    public static List<SinceLast.Action> at(RecordedCaseload now, List<Decision> inForce,
                                            Map<String, List<CostPoint>> history) {
        Map<String, List<Decision>> byPlacement = new TreeMap<>();
        inForce.stream().filter(d -> d.decision() == DecisionKind.AGREED)
                .forEach(d -> byPlacement.computeIfAbsent(d.placementId(), k -> new ArrayList<>()).add(d));
        Map<String, RecordedCaseload.Entry> caseload = now.byPlacement();
        List<SinceLast.Action> actions = new ArrayList<>();
        byPlacement.forEach((placementId, decisions) -> {
            decisions.sort(ORDER);
            List<CostPoint> points = history.getOrDefault(placementId, List.of());
            RecordedCaseload.Entry current = caseload.get(placementId);
            BigDecimal allocated = BigDecimal.ZERO;
            for (int i = 0; i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                CostPoint baseline = points.stream().filter(p -> p.receiptId().equals(d.receiptId())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no cost recorded for " + placementId
                                + " in receipt " + d.receiptId()));
                if (current == null) {
                    actions.add(ended(d, baseline, now));
                    continue;
                }
                BigDecimal fall = baseline.netWeekly().subtract(current.netWeekly()).max(BigDecimal.ZERO);
                BigDecimal available = fall.subtract(allocated).max(BigDecimal.ZERO);
                boolean last = i == decisions.size() - 1;
                BigDecimal delivered = last ? available : available.min(d.targetWeekly());
                allocated = allocated.add(delivered);
                actions.add(action(d, baseline, current, delivered, points, now));
            }
        });
        actions.sort(Comparator.comparing(SinceLast.Action::due).thenComparing(SinceLast.Action::placementId)
                .thenComparing(SinceLast.Action::ruleId).thenComparing(SinceLast.Action::decisionId));
        return actions;
    }

    /** The status of an action whose placement is still on the caseload. */
    public static DeliveryStatus status(BigDecimal delivered, BigDecimal target, LocalDate due, LocalDate asOf) {
        if (delivered.signum() > 0) {
            return delivered.compareTo(target) >= 0 ? DeliveryStatus.DELIVERED : DeliveryStatus.PARTLY;
        }
        return due.isBefore(asOf) ? DeliveryStatus.OVERDUE : DeliveryStatus.NOT_YET;
    }

    public static SinceLast.Totals totals(List<SinceLast.Action> actions) {
        Savings planned = Savings.ZERO;
        Savings delivered = Savings.ZERO;
        Savings ended = Savings.ZERO;
        int[] counts = new int[DeliveryStatus.values().length];
        for (SinceLast.Action a : actions) {
            counts[a.status().ordinal()]++;
            Savings plan = new Savings(a.plannedWeekly(), a.plannedInYear(), a.plannedFullYear());
            if (a.status() == DeliveryStatus.ENDED) {
                ended = ended.plus(plan);
            } else {
                planned = planned.plus(plan);
                delivered = delivered.plus(new Savings(a.deliveredWeekly(), a.deliveredInYear(),
                        a.deliveredFullYear()));
            }
        }
        return new SinceLast.Totals(actions.size(), counts[DeliveryStatus.DELIVERED.ordinal()],
                counts[DeliveryStatus.PARTLY.ordinal()], counts[DeliveryStatus.NOT_YET.ordinal()],
                counts[DeliveryStatus.OVERDUE.ordinal()], counts[DeliveryStatus.ENDED.ordinal()], planned, delivered,
                ended);
    }

    private static SinceLast.Action action(Decision d, CostPoint baseline, RecordedCaseload.Entry current,
                                           BigDecimal delivered, List<CostPoint> points, RecordedCaseload now) {
        Savings plan = planned(d, current.weeksPerYear(), current.plannedEnd(), now);
        LocalDate from = null;
        Savings done = Savings.ZERO;
        if (delivered.signum() > 0) {
            from = firstFall(d, baseline, points, now.asOf());
            done = CostCalendar.weeklyFrom(delivered, current.weeksPerYear(), current.plannedEnd(),
                    later(from, now.yearStart()), now.yearEnd());
        }
        return new SinceLast.Action(d.id(), d.receiptId(), d.reviewAsOf(), d.placementId(), d.ruleId(), d.owner(),
                d.due(), status(delivered, d.targetWeekly(), d.due(), now.asOf()), baseline.netWeekly(),
                current.netWeekly(), plan.weekly(), plan.inYear(), plan.fullYear(), done.weekly(), done.inYear(),
                done.fullYear(), from, d.note());
    }

    private static SinceLast.Action ended(Decision d, CostPoint baseline, RecordedCaseload now) {
        Savings plan = planned(d, baseline.weeksPerYear(), baseline.plannedEnd(), now);
        return new SinceLast.Action(d.id(), d.receiptId(), d.reviewAsOf(), d.placementId(), d.ruleId(), d.owner(),
                d.due(), DeliveryStatus.ENDED, baseline.netWeekly(), null, plan.weekly(), plan.inYear(),
                plan.fullYear(), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), null, d.note());
    }

    private static Savings planned(Decision d, int weeksPerYear, LocalDate plannedEnd, RecordedCaseload now) {
        return CostCalendar.weeklyFrom(d.targetWeekly(), weeksPerYear, plannedEnd, later(d.due(), now.yearStart()),
                now.yearEnd());
    }

    /** The review date of the first recorded review after the one decided on that showed the cost below baseline. */
    private static LocalDate firstFall(Decision d, CostPoint baseline, List<CostPoint> points, LocalDate now) {
        boolean after = false;
        for (CostPoint p : points) {
            if (after && p.netWeekly().compareTo(baseline.netWeekly()) < 0) {
                return p.asOf();
            }
            after = after || p.receiptId().equals(d.receiptId());
        }
        return now;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }
}
