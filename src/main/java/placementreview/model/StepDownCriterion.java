package placementreview.model;

import java.util.Map;

/**
 * One step-down criterion for one placement: met, not met or unknown (data missing, never treated as met), with the
 * plain-English reason (the title) and, when not met or unknown, what would have to change.
 */
public record StepDownCriterion(String placementId, String ruleId, String criterion, CriterionStatus status,
                                String title, String toChange, String policy, String family,
                                Map<String, String> evidence) implements Finding {
    /** The criterion every other one depends on: is the child in a setting a step-down can be planned from. */
    public static final String SETTING = "setting";

    @Override
    public FindingKind kind() {
        return FindingKind.STEP_DOWN_CRITERION;
    }
}
