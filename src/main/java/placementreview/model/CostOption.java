package placementreview.model;

import java.util.Map;

/**
 * A way to cut a placement's cost to the council, with what it would save or why that cannot be quantified;
 * {@code effect} says whether the package would cost less (SAVING) or a partner would pay more (RECOVERY).
 */
public record CostOption(String placementId, String ruleId, String title, String policy, String family,
                         Effect effect, Savings savings, String notQuantifiable, Map<String, String> evidence)
        implements Finding {

    /** An option that makes a saving. */
    public CostOption(String placementId, String ruleId, String title, String policy, String family, Savings savings,
                      String notQuantifiable, Map<String, String> evidence) {
        this(placementId, ruleId, title, policy, family, Effect.SAVING, savings, notQuantifiable, evidence);
    }

    @Override
    public FindingKind kind() {
        return FindingKind.COST_OPTION;
    }
}
