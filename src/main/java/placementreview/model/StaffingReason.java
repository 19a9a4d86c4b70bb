package placementreview.model;

/** Why additional staffing is provided. */
public enum StaffingReason {
    BEHAVIOUR, HEALTH, LEARNING
}
