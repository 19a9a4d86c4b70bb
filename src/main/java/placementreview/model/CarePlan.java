package placementreview.model;

import java.util.List;

/** What the care plan says about permanence and a move; null means not known. */
public record CarePlan(PermanenceGoal permanenceGoal, ChildView childViewOnMove, Boolean familyTimeSupportsMove,
                       List<String> riskFlags) {
    public static final CarePlan UNKNOWN = new CarePlan(null, null, null, null);
}
