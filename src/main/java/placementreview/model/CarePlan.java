package placementreview.model;

import java.util.List;

/**
 * What the care plan says about permanence and a move; null means not known. {@code staffingStepDownPlan}: whether
 * the plan records how one-to-one staffing for behaviour will be stepped down (the condition for a family route).
 */
public record CarePlan(PermanenceGoal permanenceGoal, ChildView childViewOnMove, Boolean familyTimeSupportsMove,
                       List<String> riskFlags, Boolean staffingStepDownPlan) {
    public static final CarePlan UNKNOWN = new CarePlan(null, null, null, null, null);
}
