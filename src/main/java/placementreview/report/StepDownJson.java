package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.review.StepDown;
import placementreview.review.StepDownCheck;

/**
 * Step-down as JSON: the {@code stepDown} object of each placement in the review, and the {@code check} output.
 * Field names are a contract (documented in cases/README.md).
 */
public final class StepDownJson {
    private StepDownJson() {
    }

    /** {@code {answer, criteria: [...], candidates: [...], nearlyEligible: [...]}} for one placement. */
    public static ObjectNode stepDown(StepDown stepDown) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("answer", stepDown.answer().name());
        ArrayNode criteria = node.putArray("criteria");
        stepDown.criteria().forEach(c -> criteria.add(criterion(c)));
        ArrayNode candidates = node.putArray("candidates");
        stepDown.candidates().forEach(c -> candidates.add(route(c, stepDown.isPreferred(c))));
        ArrayNode nearly = node.putArray("nearlyEligible");
        stepDown.nearlyEligible().forEach(c -> nearly.add(route(c, false)));
        return node;
    }

    public static void write(StepDownCheck check, Writer out) throws IOException {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("placementId", check.placement().id());
        root.put("childRef", check.placement().child().ref());
        root.put("type", check.placement().type().name());
        root.put("ageOnAsOf", check.placement().ageOn(check.asOf()));
        root.put("asOf", check.asOf().toString());
        root.put("rulebaseVersion", check.rulebaseVersion());
        ReviewJson.provenance(root, check.inputSha256());
        StepDown s = check.stepDown();
        root.put("question", CheckWording.QUESTION);
        root.put("headline", CheckWording.headline(s));
        String why = CheckWording.whyNoFamily(s);
        if (!why.isEmpty()) {
            root.put("whyNoFamily", why);
        }
        root.put("caseloadConsidered", check.caseloadConsidered());
        if (!check.caseloadConsidered()) {
            root.put("capacityNote", CheckWording.capacityNote(check));
        }
        ReviewJson.putMoney(root, "weeklyCost", check.placement().getWeeklyCost());
        root.setAll(stepDown(s));
        ReviewJson.write(root, out);
    }

    static ObjectNode criterion(StepDownCriterion c) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("criterion", c.criterion());
        node.put("status", c.status().name());
        node.put("reason", c.title());
        if (c.toChange() != null) {
            node.put("toChange", c.toChange());
        }
        node.put("ruleId", c.ruleId());
        node.put("policy", c.policy());
        node.set("evidence", ReviewJson.strings(c.evidence()));
        return node;
    }

    static ObjectNode route(StepDownCandidate c, boolean preferred) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("route", c.getRouteName());
        node.put("label", c.route().label());
        node.put("targetSetting", c.route().target().name());
        node.put("preference", c.getPreference());
        node.put("preferred", preferred);
        node.put("status", c.status().name());
        ReviewJson.putMoney(node, "targetWeeklyCost", c.route().weekly());
        node.put("targetWeeksPerYear", c.route().targetWeeksPerYear());
        ReviewJson.putMoney(node, "targetAnnualCost", c.route().annualCost());
        node.put("targetSource", c.route().source());
        Savings s = c.estimated();
        ReviewJson.putMoney(node, "weeklySaving", s.weekly());
        ReviewJson.putMoney(node, "inYearSaving", s.inYear());
        ReviewJson.putMoney(node, "fullYearSaving", s.fullYear());
        node.put("capacityPool", c.getCapacityPool());
        if (c.route().capacityLimited() && c.status() == placementreview.model.CandidateStatus.CANDIDATE) {
            node.put("capacityStatus", c.capacity() == null ? null : c.capacity().name());
        }
        if (c.blocker() != null) {
            node.put("criterionNotMet", c.blocker().criterion());
            node.put("criterionStatus", c.blocker().status().name());
            node.put("reason", c.blocker().title());
            node.put("toChange", c.blocker().toChange());
        }
        node.put("ruleId", c.ruleId());
        return node;
    }
}
