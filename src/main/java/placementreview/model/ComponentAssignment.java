package placementreview.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One component of a placement's weekly cost assigned to one funder by one apportionment rule. An intermediate fact
 * (not a finding): the Apportionment finding collects them, so each component shows the rule that assigned it.
 */
public record ComponentAssignment(String placementId, CostComponent component, BigDecimal weekly, Funder funder,
                                  String ruleId, String ruleName, String policy, Map<String, String> evidence) {

    @Override
    public String toString() {
        return component.key() + " " + Money.gbp(weekly) + " to " + funder.label() + " (" + ruleId + ")";
    }
}
