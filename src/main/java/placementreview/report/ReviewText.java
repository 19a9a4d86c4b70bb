package placementreview.report;

import java.util.List;
import placementreview.model.Effect;
import placementreview.model.Finding;
import placementreview.model.FindingKind;
import placementreview.model.InputNote;
import placementreview.model.Money;
import placementreview.model.RecordMessage;
import placementreview.model.Rejection;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;
import placementreview.review.CostTotals;
import placementreview.review.FamilyTotal;
import placementreview.review.RankBy;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.SavingsPlan;
import placementreview.ruleapi.CostCalendar;

/** The review as a terminal table: the ranked top N with each finding under its placement, then totals. */
public final class ReviewText {
    private ReviewText() {
    }

    /** "to the planned end 2027-01-31 £14,000.00", or "to the year end 2027-03-31 ..." where it runs to the year end. */
    static String costToYearEnd(RankedPlacement r, ReviewContext context) {
        boolean plannedEnd = CostCalendar.stopsAtPlannedEnd(r.placement(), context);
        return (plannedEnd ? "to the planned end " + r.placement().plannedEnd() : "to the year end " + context.yearEnd())
                + " " + Money.gbp(r.costToYearEnd());
    }

    public static String render(Review review) {
        StringBuilder out = new StringBuilder();
        out.append(header(review));
        out.append("Reviewed ").append(review.ranked().size()).append(" placements; ")
                .append(review.rejected().size()).append(" rejected record(s). Top ").append(review.top().size())
                .append(" by ").append(review.rankedBy() == RankBy.SAVING
                        ? "best full-year reduction in the council's spend"
                        : "net annual cost to the authority").append(".\n\n");
        TextTable table = new TextTable(
                new String[] {"Rank", "Placement", "Type", "Weekly", "Net annual", "To planned end or year end",
                        "Saving/yr", "Recovered/yr"},
                new boolean[] {true, false, false, true, true, true, true, true});
        for (RankedPlacement r : review.top()) {
            table.add(String.valueOf(r.rank()), r.placement().id(), r.placement().type().label(),
                    Money.gbp(r.weeklyCost()), Money.gbp(r.netAnnualCost()), Money.gbp(r.costToYearEnd()),
                    Money.gbp(r.bestFullYearSaving()), Money.gbp(r.recovery().fullYear()));
        }
        out.append(table.render(""));
        out.append("\nFindings\n");
        for (RankedPlacement r : review.top()) {
            out.append(String.format("%3d %s%n", r.rank(), r.placement().id()));
            out.append(FundingText.summary(r.placement(), r.findings(), "      "));
            if (r.findings().isEmpty()) {
                out.append("      no rule fired\n");
            }
            for (Finding f : r.findingsForReading()) {
                if (f.kind() == FindingKind.APPORTIONMENT || StepDownText.shownSeparately(f)) {
                    continue; // shown as the "Funding split" and step-down lines above
                }
                out.append("      ").append(finding(f, r.savingsPlan())).append('\n');
            }
            out.append(StepDownText.placementLine(r, review));
        }
        if (review.portfolio().stream().anyMatch(f -> !StepDownText.shownSeparately(f))) {
            out.append("\nAcross the caseload\n");
            review.portfolio().stream().filter(f -> !StepDownText.shownSeparately(f))
                    .forEach(f -> out.append("      ").append(finding(f)).append('\n'));
        }
        out.append(StepDownText.caseloadSection(review));
        CostTotals caseload = review.caseloadTotals();
        out.append("\nTotals\n").append(totals(review, caseload));
        out.append("Fee-level savings in these totals count ").append(review.benchmarks().sharePct())
                .append(" of each gap to its benchmark (negotiation-achievable-share-pct).\n");
        out.append("\nForecast for the financial year\n").append(ForecastText.summary(review.forecast()));
        out.append(byFamily(caseload));
        out.append(MarketText.section(review.benchmarks()));
        out.append(rejected(review.rejected()));
        out.append(notes(review.notes()));
        return out.toString();
    }

    public static String header(Review review) {
        return (review.authority() == null ? "Review" : review.authority()) + " - review as of " + review.asOf()
                + " (financial year " + review.financialYear().start() + " to " + review.financialYear().end()
                + ")\nRulebase " + review.rulebaseVersion() + "\n";
    }

    static String finding(Finding f) {
        return finding(f, null);
    }

    /**
     * One finding; given its placement's plan, an option with a £ figure says whether the placement's best reduction
     * counts it, and if not why.
     */
    static String finding(Finding f, SavingsPlan plan) {
        StringBuilder line = new StringBuilder(String.format("%-6s %s", f.ruleId(), f.title()));
        Savings s = f.savings();
        if (s != null) {
            line.append(String.format("%n             %s %s a week, %s this financial year, %s a full year",
                    f.effect() == Effect.RECOVERY ? "recovers" : "saves", Money.gbp(s.weekly()),
                    Money.gbp(s.inYear()), Money.gbp(s.fullYear())));
            if (plan != null && f.placementId() != null) {
                line.append(String.format("%n             %s", countedOrNot(f, plan)));
            }
        } else if (f.notQuantifiable() != null) {
            line.append(String.format("%n             not quantified: %s", f.notQuantifiable()));
        }
        return line.toString();
    }

    /** "counted in the best saving" / "counted as cost recovered" / "not counted: why". */
    static String countedOrNot(Finding f, SavingsPlan plan) {
        if (plan.counts(f)) {
            return f.effect() == Effect.RECOVERY ? "counted as cost recovered from a partner"
                    : "counted in the best saving";
        }
        String why = plan.notCountedBecause(f);
        return "not counted" + (why == null ? "" : ": " + why);
    }

    private static String totals(Review review, CostTotals caseload) {
        TextTable table = new TextTable(
                new String[] {"", "Placements", "Weekly", "Net annual", "To planned end or year end", "Saving/yr",
                        "Recovered/yr", "Council reduction/yr"},
                new boolean[] {false, true, true, true, true, true, true, true});
        row(table, "Top " + review.top().size(), review.topTotals());
        row(table, "Whole caseload", caseload);
        return table.render("");
    }

    /** Best achievable savings by option family over the caseload: only counted options, so the rows add up. */
    private static String byFamily(CostTotals t) {
        if (t.byFamily().isEmpty()) {
            return "";
        }
        TextTable table = new TextTable(
                new String[] {"Option family (whole caseload)", "Effect", "Options", "Counted", "In year", "Full year"},
                new boolean[] {false, false, true, true, true, true});
        for (FamilyTotal f : t.byFamily()) {
            table.add(f.family(), f.effect() == Effect.RECOVERY ? "recovery" : "saving",
                    String.valueOf(f.optionsFound()), String.valueOf(f.placementsCounted()),
                    Money.gbp(f.inYearSaving()), Money.gbp(f.fullYearSaving()));
        }
        return "\nSavings and cost recovered by option family (overlapping options are counted once; see docs/money.md)\n"
                + table.render("");
    }

    private static void row(TextTable table, String label, CostTotals t) {
        table.add(label, String.valueOf(t.placements()), Money.gbp(t.weeklyCost()), Money.gbp(t.netAnnualCost()),
                Money.gbp(t.costToYearEnd()), Money.gbp(t.bestFullYearSaving()), Money.gbp(t.recovery().fullYear()),
                Money.gbp(t.councilReduction().fullYear()));
    }

    public static String notes(List<InputNote> notes) {
        return recordMessages("Notes on values read (records kept)", notes);
    }

    public static String rejected(List<Rejection> rejected) {
        return recordMessages("Rejected records (not reviewed)", rejected);
    }

    private static String recordMessages(String heading, List<? extends RecordMessage> messages) {
        if (messages.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n").append(heading).append('\n');
        messages.forEach(m -> out.append("  ").append(m.describe()).append('\n'));
        return out.toString();
    }
}
