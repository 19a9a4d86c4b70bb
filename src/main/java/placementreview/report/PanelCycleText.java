package placementreview.report;

import java.time.LocalDate;
import java.util.List;
import placementreview.model.Money;
import placementreview.model.Savings;
import placementreview.review.Decision;
import placementreview.review.DecisionListing;
import placementreview.review.PlacementHistory;
import placementreview.review.SinceLast;
import placementreview.review.SinceLastPanel;

/** The panel's cycle as text: the review's "Since the last panel" section, decisions and a placement's history. */
public final class PanelCycleText {
    private PanelCycleText() {
    }

    public static String sinceLast(SinceLast s) {
        StringBuilder out = new StringBuilder("\nSince the last panel\n");
        if (s.previousReceipt() == null) {
            out.append("  No earlier recorded review of this authority to compare with.\n");
        } else {
            out.append("  Compared with the review of ").append(s.previousReceipt().asOf()).append(" (receipt ")
                    .append(s.previousReceipt().id()).append(").\n");
            out.append(moves("Entered the top", s.enteredTop(), true));
            out.append(moves("Left the top", s.leftTop(), false));
            out.append(list("Ended (no longer on the caseload)", s.ended()));
            out.append(list("New to the caseload", s.newPlacements()));
            if (!s.costChanges().isEmpty()) {
                out.append("  Council weekly cost changes (placements in either top list), net ")
                        .append(signed(SinceLastPanel.weeklyChange(s.costChanges()))).append(" a week\n");
                TextTable table = new TextTable(new String[] {"Placement", "Was", "Now", "Change"},
                        new boolean[] {false, true, true, true});
                s.costChanges().forEach(c -> table.add(c.placementId(), Money.gbp(c.previousWeekly()),
                        Money.gbp(c.weekly()), signed(c.change())));
                out.append(table.render("    "));
            }
        }
        out.append(actions(s.actions(), s.totals()));
        return out.toString();
    }

    private static String actions(List<SinceLast.Action> actions, SinceLast.Totals t) {
        if (actions.isEmpty()) {
            return "  Agreed actions: none recorded.\n";
        }
        StringBuilder out = new StringBuilder("  Agreed actions: ").append(t.actions()).append(" (")
                .append(t.deliveredActions()).append(" delivered, ").append(t.partlyActions()).append(" partly, ")
                .append(t.notYetActions()).append(" not yet, ").append(t.overdueActions()).append(" overdue, ")
                .append(t.endedActions()).append(" ended)\n");
        TextTable table = new TextTable(new String[] {"Placement", "Option", "Owner", "Due", "Status", "Was/wk",
            "Now/wk", "Planned/wk", "Delivered/wk", "Delivered in year", "Delivered full year"},
                new boolean[] {false, false, false, false, false, true, true, true, true, true, true});
        for (SinceLast.Action a : actions) {
            table.add(a.placementId(), a.ruleId(), a.owner(), a.due().toString(), a.status().name(),
                    Money.gbp(a.baselineWeekly()), a.currentWeekly() == null ? "ended" : Money.gbp(a.currentWeekly()),
                    Money.gbp(a.plannedWeekly()), Money.gbp(a.deliveredWeekly()), Money.gbp(a.deliveredInYear()),
                    Money.gbp(a.deliveredFullYear()));
        }
        out.append(table.render("    "));
        out.append("  Planned (excluding ended): ").append(savings(t.planned())).append('\n');
        out.append("  Delivered:                 ").append(savings(t.delivered())).append('\n');
        if (t.endedActions() > 0) {
            out.append("  Planned on placements that ended (not counted): ").append(savings(t.plannedOnEnded()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String savings(Savings s) {
        return Money.gbp(s.weekly()) + " a week, " + Money.gbp(s.inYear()) + " this financial year, "
                + Money.gbp(s.fullYear()) + " a full year";
    }

    private static String moves(String title, List<SinceLast.TopMove> moves, boolean entered) {
        if (moves.isEmpty()) {
            return "  " + title + ": none\n";
        }
        StringBuilder out = new StringBuilder("  ").append(title).append(":\n");
        for (SinceLast.TopMove m : moves) {
            out.append("    ").append(m.placementId()).append("  ");
            if (entered) {
                out.append("now ").append(m.rank()).append(m.previousRank() == null ? ", new to the caseload"
                        : ", was " + m.previousRank());
            } else {
                out.append("was ").append(m.previousRank()).append(m.rank() == null ? ", ended"
                        : ", now " + m.rank());
            }
            out.append(", ").append(Money.gbp(m.weeklyCost())).append(" a week\n");
        }
        return out.toString();
    }

    private static String list(String title, List<SinceLast.CaseloadMove> moves) {
        if (moves.isEmpty()) {
            return "  " + title + ": none\n";
        }
        StringBuilder out = new StringBuilder("  ").append(title).append(": ").append(moves.size()).append('\n');
        moves.forEach(m -> out.append("    ").append(m.placementId()).append("  ").append(Money.gbp(m.weeklyCost()))
                .append(" a week\n"));
        return out.toString();
    }

    private static String signed(java.math.BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : amount.signum() < 0 ? "-" : "") + Money.gbp(amount.abs());
    }

    public static String decision(Decision d) {
        return "Recorded decision " + d.id() + ": " + d.decision() + " " + d.ruleId() + " for " + d.placementId()
                + " (review of " + d.reviewAsOf() + ", receipt " + d.receiptId() + "), owner " + d.owner() + ", due "
                + d.due() + (d.targetWeekly() == null ? "" : ", target " + Money.gbp(d.targetWeekly()) + " a week")
                + (d.supersedes() == null ? "" : "; supersedes " + d.supersedes()) + "\n";
    }

    public static String decisions(DecisionListing listing) {
        if (listing.rows().isEmpty()) {
            return "No decisions match.\n";
        }
        TextTable table = new TextTable(new String[] {"Decision", "Review", "Placement", "Option", "Decided",
            "Owner", "Due", "Target/wk", "Standing", "Delivered/wk"},
                new boolean[] {false, false, false, false, false, false, false, true, false, true});
        for (DecisionListing.Row r : listing.rows()) {
            Decision d = r.decision();
            String standing = !r.inForce() ? "superseded by " + d.supersededBy().substring(0, 8)
                    : r.action() != null ? r.action().status().name() + " at " + r.judgedAsOf()
                    : r.open() ? "open" : "settled";
            table.add(d.id().substring(0, 8), String.valueOf(d.reviewAsOf()), d.placementId(), d.ruleId(),
                    d.decision().name(), d.owner(), d.due().toString(),
                    d.targetWeekly() == null ? "" : Money.gbp(d.targetWeekly()), standing,
                    r.action() == null ? "" : Money.gbp(r.action().deliveredWeekly()));
        }
        return table.render("") + listing.rows().size() + " decision(s)\n";
    }

    public static String history(PlacementHistory h) {
        if (h.points().isEmpty()) {
            return "No recorded review has " + h.placementId() + " on its caseload.\n";
        }
        StringBuilder out = new StringBuilder("History of ").append(h.placementId()).append(" across ")
                .append(h.points().size()).append(" recorded review(s)\n");
        TextTable table = new TextTable(new String[] {"Review", "Receipt", "Rank", "Council/wk", "Counted options",
            "Reduction/yr", "Decisions"}, new boolean[] {false, false, true, true, false, true, false});
        for (PlacementHistory.Point p : h.points()) {
            table.add(date(p.asOf()), p.receiptId().substring(0, 8), p.rank() + (p.shown() ? "" : " (not in top)"),
                    Money.gbp(p.netWeekly()), p.countedRuleIds().isEmpty() ? "none" : String.join(" ",
                            p.countedRuleIds()), Money.gbp(p.reductionFullYear()), decisions(p.decisions()));
        }
        return out.append(table.render("")).toString();
    }

    private static String decisions(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Decision d : decisions) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(d.ruleId()).append(' ').append(d.decision()).append(" due ").append(d.due())
                    .append(d.current() ? "" : " (superseded)");
        }
        return out.toString();
    }

    private static String date(LocalDate date) {
        return date.toString();
    }
}
