package placementreview.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import placementreview.engine.Evaluation;
import placementreview.model.CaseFile;
import placementreview.model.Placement;
import placementreview.review.RankedPlacement;
import placementreview.review.ReviewService;
import placementreview.ruleapi.CostCalendar;

/** {@code explain --format json} and the web API's explain: one placement as the review shows it, with its trace. */
public final class ExplainJson {
    private ExplainJson() {
    }

    /** One placement's findings and trace: the review's placement object (without a rank) plus the review date. */
    public static ObjectNode tree(Evaluation evaluation, CaseFile caseFile, String rulebaseVersion) {
        Placement p = evaluation.placement();
        RankedPlacement r = new RankedPlacement(0, p, p.getWeeklyCost(), p.getNetAnnualCost(),
                CostCalendar.costToYearEnd(p, ReviewService.contextOf(caseFile)), evaluation.findings(),
                evaluation.trace());
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("authority", caseFile.authority());
        root.put("asOf", caseFile.asOf().toString());
        root.put("rulebaseVersion", rulebaseVersion);
        ReviewJson.provenance(root, caseFile.inputSha256());
        ObjectNode placement = ReviewJson.placement(r);
        placement.remove("rank");
        root.set("placement", placement);
        return root;
    }
}
