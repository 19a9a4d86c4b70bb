package placementreview.model;

import java.util.Map;

/**
 * A placement that breaks a legal requirement (e.g. an under-16 in unregistered accommodation). It is shown before
 * any cost option: the placement must change whatever it costs; {@code cost} says what is paid for it meanwhile.
 */
public record ComplianceFinding(String placementId, String ruleId, String title, String policy, String family,
                                String cost, Map<String, String> evidence) implements Finding {

    @Override
    public FindingKind kind() {
        return FindingKind.COMPLIANCE_FINDING;
    }

    @Override
    public String notQuantifiable() {
        return cost;
    }
}
