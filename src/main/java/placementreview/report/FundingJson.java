package placementreview.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import placementreview.model.Apportionment;
import placementreview.model.ComponentAssignment;
import placementreview.model.Finding;
import placementreview.model.Funder;
import placementreview.model.FunderShare;
import placementreview.model.Placement;
import placementreview.review.JointFunding;
import placementreview.ruleapi.ApportionmentCalculator;

/** The per-placement {@code continuingCare} and {@code apportionment} objects of the review JSON (a contract). */
final class FundingJson {
    private FundingJson() {
    }

    static ObjectNode continuingCare(Placement p, List<Finding> findings) {
        JointFunding.Screening screening = JointFunding.screening(findings);
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("status", p.continuingCare().status() == null ? null : p.continuingCare().status().name());
        ReviewJson.putMoney(node, "agreedHealthWeekly", p.continuingCare().agreedHealthWeekly());
        node.put("referral", screening.referral());
        node.put("indication", screening.indication() == null ? null : screening.indication().label());
        node.put("summary", screening.summary());
        ArrayNode rules = node.putArray("ruleIds");
        screening.ruleIds().forEach(rules::add);
        ArrayNode unknown = node.putArray("unknownDomains");
        p.needs().unknownDomains().forEach(unknown::add);
        return node;
    }

    static JsonNode apportionment(Placement p, List<Finding> findings) {
        Apportionment a = JointFunding.apportionment(findings);
        if (a == null) {
            return NullNode.getInstance();
        }
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("ruleId", a.ruleId());
        node.put("method", a.method());
        for (Funder f : Funder.values()) {
            FunderShare share = a.share(f);
            ObjectNode funder = node.putObject(f.key());
            ReviewJson.putMoney(funder, "weekly", share.weekly());
            ReviewJson.putMoney(funder, "annual", share.annual());
            funder.put("share", share.share());
        }
        ArrayNode components = node.putArray("components");
        for (ComponentAssignment c : a.components()) {
            ObjectNode item = components.addObject();
            item.put("component", c.component().key());
            ReviewJson.putMoney(item, "weekly", c.weekly());
            item.put("funder", c.funder().key());
            item.put("ruleId", c.ruleId());
            item.put("rule", c.ruleName());
            item.put("policy", c.policy());
        }
        ArrayNode unknown = node.putArray("notApportioned");
        ApportionmentCalculator.unknownComponents(p).forEach(unknown::add);
        return node;
    }
}
