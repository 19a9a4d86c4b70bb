package placementreview.report;

import java.util.Map;
import placementreview.engine.Evaluation;
import placementreview.engine.TraceEntry;
import placementreview.model.Apportionment;
import placementreview.model.CaseFile;
import placementreview.model.Finding;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.review.JointFunding;
import placementreview.review.SavingsPlan;

/** The decision trace of one placement in plain text: each rule that fired, its source, what it matched, what it found. */
public final class ExplainText {
    private ExplainText() {
    }

    public static String render(Evaluation evaluation, SavingsPlan plan, CaseFile caseFile, String rulebaseVersion) {
        Placement p = evaluation.placement();
        StringBuilder out = new StringBuilder();
        out.append("Placement ").append(p.id()).append(" (").append(p.type().label()).append("), child ")
                .append(p.child().ref()).append(", as of ").append(caseFile.asOf()).append('\n');
        out.append("Weekly cost ").append(Money.gbp(p.getWeeklyCost())).append(" = ");
        StringBuilder parts = new StringBuilder();
        p.weekly().components().forEach((name, amount) ->
                parts.append(parts.length() == 0 ? "" : " + ").append(name).append(' ').append(Money.gbp(amount)));
        out.append(parts).append("; net annual cost ").append(Money.gbp(p.getNetAnnualCost())).append(" (")
                .append(p.weeksPerYear()).append(" weeks a year, less contributions)\n");
        out.append("Rulebase ").append(rulebaseVersion).append("\n\n");
        if (evaluation.trace().isEmpty()) {
            out.append("No rule fired for this placement.\n");
        }
        int step = 1;
        for (TraceEntry t : evaluation.trace()) {
            out.append(step++).append(". ").append(t.ruleId()).append("  ").append(t.ruleName()).append('\n');
            out.append("   source:  ").append(t.policy()).append('\n');
            out.append("   matched: ");
            out.append(matched(t.matched())).append('\n');
            for (Finding f : t.findings()) {
                out.append("   finding: ").append(ReviewText.finding(f).replace("\n", "\n  ")).append('\n');
            }
            out.append(FundingText.assigned(t, "   "));
        }
        Apportionment split = JointFunding.apportionment(evaluation.findings());
        if (split != null) {
            out.append('\n').append(FundingText.byComponent(split));
        }
        out.append(counted(evaluation, plan));
        return out.toString();
    }

    /** What the best reduction in the council's spend counts, and why each other option is not counted. */
    private static String counted(Evaluation evaluation, SavingsPlan plan) {
        StringBuilder out = new StringBuilder();
        for (Finding f : evaluation.findings()) {
            if (f.savings() != null && SavingsPlan.isOption(f)) {
                out.append("  ").append(String.format("%-6s ", f.ruleId())).append(Money.gbp(f.savings().fullYear()))
                        .append(" a full year: ").append(ReviewText.countedOrNot(f, plan)).append('\n');
            }
        }
        if (out.length() == 0) {
            return "";
        }
        return "\nBest reduction in the council's spend: saving " + Money.gbp(plan.saving().fullYear())
                + " + cost recovered " + Money.gbp(plan.recovery().fullYear()) + " = "
                + Money.gbp(plan.councilReduction().fullYear()) + " a full year\n" + out;
    }

    private static String matched(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> out.append(out.length() == 0 ? "" : "\n            ").append(name)
                .append(" = ").append(value));
        return out.toString();
    }
}
