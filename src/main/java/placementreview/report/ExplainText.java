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

/** The decision trace of one placement in plain text: each rule that fired, its source, what it matched, what it found. */
public final class ExplainText {
    private ExplainText() {
    }

    public static String render(Evaluation evaluation, CaseFile caseFile, String rulebaseVersion) {
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
        return out.toString();
    }

    private static String matched(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> out.append(out.length() == 0 ? "" : "\n            ").append(name)
                .append(" = ").append(value));
        return out.toString();
    }
}
