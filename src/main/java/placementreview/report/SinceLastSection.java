package placementreview.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import placementreview.model.Money;
import placementreview.review.DeliveryStatus;
import placementreview.review.SinceLast;

/**
 * What the pack's "Since the last panel" page (pack/sinceLast.jte) shows, worked out from the review's
 * {@link SinceLast}: what moved since the previous panel, the delivery of each agreed action with totals that add the
 * rows shown, the actions on placements that ended apart (never counted as delivered), and planned against delivered
 * weekly savings by the month the actions fall due, as a chart and as a table.
 */
public record SinceLastSection(String comparedWith, List<String> moves, String summary, List<ActionRow> actions,
                               ActionRow actionsTotal, List<EndedRow> ended, EndedRow endedTotal,
                               DeliveryByMonthChart chart, List<MonthRow> byMonth, MonthRow byMonthTotal) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One agreed action, every figure formatted for the page; the total row has no placement, option or status. */
    public record ActionRow(String placementId, String ruleId, String owner, String due, String status,
                            String plannedWeekly, String deliveredWeekly, String deliveredInYear,
                            String deliveredFullYear) {
    }

    /** An action on a placement that has ended: what was planned, shown apart. */
    public record EndedRow(String placementId, String ruleId, String owner, String due, String plannedWeekly,
                           String plannedFullYear) {
    }

    /** The chart's figures for one month as text: the month, planned and delivered weekly saving, actions due. */
    public record MonthRow(String month, int actions, String plannedWeekly, String deliveredWeekly) {
    }

    public static SinceLastSection of(SinceLast since) {
        List<SinceLast.Action> tracked = since.actions().stream().filter(a -> a.status() != DeliveryStatus.ENDED)
                .toList();
        List<SinceLast.Action> ended = since.actions().stream().filter(a -> a.status() == DeliveryStatus.ENDED)
                .toList();
        List<ActionRow> rows = tracked.stream().map(a -> new ActionRow(a.placementId(), a.ruleId(), a.owner(),
                a.due().toString(), label(a.status()), money(a.plannedWeekly()), money(a.deliveredWeekly()),
                money(a.deliveredInYear()), money(a.deliveredFullYear()))).toList();
        ActionRow total = new ActionRow("Total", "", "", "", tracked.size() + (tracked.size() == 1 ? " action"
                : " actions"), money(sum(tracked, SinceLast.Action::plannedWeekly)),
                money(sum(tracked, SinceLast.Action::deliveredWeekly)),
                money(sum(tracked, SinceLast.Action::deliveredInYear)),
                money(sum(tracked, SinceLast.Action::deliveredFullYear)));
        List<EndedRow> endedRows = ended.stream().map(a -> new EndedRow(a.placementId(), a.ruleId(), a.owner(),
                a.due().toString(), money(a.plannedWeekly()), money(a.plannedFullYear()))).toList();
        EndedRow endedTotal = new EndedRow("Total", "", "", "", money(sum(ended, SinceLast.Action::plannedWeekly)),
                money(sum(ended, SinceLast.Action::plannedFullYear)));

        Map<YearMonth, List<SinceLast.Action>> byDueMonth = new TreeMap<>(tracked.stream()
                .collect(Collectors.groupingBy(a -> YearMonth.from(a.due()))));
        List<DeliveryByMonthChart.MonthFigures> figures = new ArrayList<>();
        List<MonthRow> monthRows = new ArrayList<>();
        byDueMonth.forEach((month, due) -> {
            BigDecimal planned = sum(due, SinceLast.Action::plannedWeekly);
            BigDecimal delivered = sum(due, SinceLast.Action::deliveredWeekly);
            figures.add(new DeliveryByMonthChart.MonthFigures(month, planned, delivered));
            monthRows.add(new MonthRow(month.format(MONTH), due.size(), money(planned), money(delivered)));
        });
        MonthRow monthTotal = new MonthRow("Total", tracked.size(), total.plannedWeekly(), total.deliveredWeekly());
        return new SinceLastSection(comparedWith(since), moves(since), summary(since, tracked.size(), ended.size()),
                rows, total, endedRows, endedTotal, DeliveryByMonthChart.of(figures), List.copyOf(monthRows),
                monthTotal);
    }

    /** Whether there is anything to chart: at least one action not on an ended placement. */
    public boolean hasTrackedActions() {
        return !actions.isEmpty();
    }

    private static String comparedWith(SinceLast since) {
        if (since.previousReceipt() == null) {
            return "This is the first recorded review of this authority: there is no earlier panel to compare with.";
        }
        return "Compared with the recorded review as of " + since.previousReceipt().asOf() + " (receipt "
                + since.previousReceipt().id() + ").";
    }

    private static List<String> moves(SinceLast since) {
        List<String> moves = new ArrayList<>();
        if (since.previousReceipt() == null) {
            return moves;
        }
        moves.add(line("New to the top", since.enteredTop().stream().map(m -> m.placementId() + " (rank " + m.rank()
                + (m.previousRank() == null ? ", new placement" : ", was " + m.previousRank()) + ")").toList()));
        moves.add(line("Gone from the top", since.leftTop().stream().map(m -> m.placementId() + " (was rank "
                + m.previousRank() + (m.rank() == null ? ", no longer on the caseload" : ", now " + m.rank()) + ")")
                .toList()));
        moves.add(line("Placements that ended", since.ended().stream().map(m -> m.placementId() + " ("
                + Money.gbp(m.weeklyCost()) + " a week)").toList()));
        moves.add(line("New placements", since.newPlacements().stream().map(m -> m.placementId() + " ("
                + Money.gbp(m.weeklyCost()) + " a week)").toList()));
        return List.copyOf(moves);
    }

    private static String line(String what, List<String> items) {
        return what + ": " + (items.isEmpty() ? "none" : String.join(", ", items)) + ".";
    }

    private static String summary(SinceLast since, int tracked, int ended) {
        SinceLast.Totals t = since.totals();
        if (t.actions() == 0) {
            return "The panel has no agreed actions in force for this authority.";
        }
        return t.actions() + (t.actions() == 1 ? " agreed action" : " agreed actions") + " in force: "
                + t.deliveredActions() + " delivered, " + t.partlyActions() + " partly delivered, "
                + t.notYetActions() + " not yet due, " + t.overdueActions() + " overdue"
                + (ended == 0 ? "." : "; " + ended + " on " + (ended == 1 ? "a placement" : "placements")
                + " that ended, shown apart and not counted as delivered.");
    }

    static String label(DeliveryStatus status) {
        return switch (status) {
            case DELIVERED -> "Delivered";
            case PARTLY -> "Partly delivered";
            case NOT_YET -> "Not yet (due ahead)";
            case OVERDUE -> "Overdue";
            case ENDED -> "Placement ended";
        };
    }

    private static BigDecimal sum(List<SinceLast.Action> actions,
                                  Function<SinceLast.Action, BigDecimal> figure) {
        return actions.stream().map(figure).map(v -> v == null ? BigDecimal.ZERO : v).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "\u2013" : Money.gbp(amount);
    }
}
