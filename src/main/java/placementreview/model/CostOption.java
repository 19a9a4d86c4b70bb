package placementreview.model;

import java.util.Map;

/** A way to cut a placement's cost, with what it would save or why that cannot be quantified. */
public record CostOption(String placementId, String ruleId, String title, String policy, String family,
                         Savings savings, String notQuantifiable, Map<String, String> evidence) implements Finding {

    @Override
    public FindingKind kind() {
        return FindingKind.COST_OPTION;
    }
}
