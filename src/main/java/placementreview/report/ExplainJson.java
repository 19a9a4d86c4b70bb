package placementreview.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import placementreview.engine.Evaluation;
import placementreview.model.CaseFile;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.review.RankedPlacement;
import placementreview.review.ReviewService;
import placementreview.review.SavingsPlan;
import placementreview.ruleapi.CostCalendar;

/** {@code explain --format json} and the web API's explain: one placement as the review shows it, with its trace. */
public final class ExplainJson {
    private ExplainJson() {
    }

    /**
     * One placement's findings and trace: the review's placement object (without a rank) plus the review date; its
     * best saving as the review counts it ({@code plan}, worked out with the caseload's in-house places).
     */
    public static ObjectNode tree(Evaluation evaluation, SavingsPlan plan, CaseFile caseFile, String rulebaseVersion) {
        Placement p = evaluation.placement();
        ReviewContext context = ReviewService.contextOf(caseFile);
        RankedPlacement r = new RankedPlacement(0, p, p.getWeeklyCost(), p.getNetAnnualCost(),
                CostCalendar.costToYearEnd(p, context), evaluation.findings(), evaluation.trace(), plan);
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("authority", caseFile.authority());
        root.put("asOf", caseFile.asOf().toString());
        root.put("rulebaseVersion", rulebaseVersion);
        ReviewJson.provenance(root, caseFile.inputSha256());
        ObjectNode placement = ReviewJson.placement(r, context);
        placement.remove("rank");
        root.set("placement", placement);
        return root;
    }
}
