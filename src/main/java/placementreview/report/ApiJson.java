package placementreview.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import placementreview.engine.BuildInfo;
import placementreview.engine.Evaluation;
import placementreview.engine.RuleInfo;
import placementreview.engine.RuleSources;
import placementreview.engine.Rulebase;
import placementreview.model.CaseFile;
import placementreview.model.Placement;
import placementreview.http.ApiError;
import placementreview.review.RankedPlacement;
import placementreview.review.ReviewService;
import placementreview.ruleapi.CostCalendar;

/** The web API's own JSON (errors, explain, rules, health), built from the CLI's ReviewJson pieces. */
public final class ApiJson {
    private ApiJson() {
    }

    public static String text(ObjectNode tree) {
        try {
            return ReviewJson.MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode errors(List<ApiError> errors) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (ApiError e : errors) {
            ObjectNode node = list.addObject();
            node.put("id", e.id());
            node.put("field", e.field());
            node.put("message", e.message());
        }
        return root;
    }

    /** One placement's findings and trace: the review's placement object (without a rank) plus the review date. */
    public static ObjectNode explain(Evaluation evaluation, CaseFile caseFile, String rulebaseVersion) {
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

    /** The rule catalogue with each rule's folder, DRL source text and its file's header comment. */
    public static ObjectNode rules(Rulebase rulebase, RuleSources sources) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("rulebaseVersion", rulebase.version());
        root.put("toolVersion", BuildInfo.toolVersion());
        root.put("source", rulebase.source());
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo rule : rulebase.catalogue()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", rule.name());
            node.put("file", rule.file());
            node.put("folder", folderOf(rule.file()));
            node.put("policy", rule.policy());
            node.put("family", rule.family());
            node.put("fileHeader", sources.header(rule.file()));
            node.put("source", sources.source(rule.id()));
        }
        return root;
    }

    public static ObjectNode health(Rulebase rulebase) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("status", "ok");
        root.put("rulebaseVersion", rulebase.version());
        root.put("toolVersion", BuildInfo.toolVersion());
        root.put("rules", rulebase.catalogue().size());
        return root;
    }

    /** "rules/cost-reduction/fee-level.drl" → "cost-reduction". */
    public static String folderOf(String file) {
        Path parent = Path.of(file).getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
