package placementreview.model;

/**
 * What continuing care screening concluded. REFER comes from the national pre-assessment checklist; the other four
 * are the indication read from the whole DST profile (local default thresholds), exactly one per placement.
 */
public enum ContinuingCareOutcome {
    REFER("refer"), LIKELY("likely"), POSSIBLE("possible"), NONE("none"), UNKNOWN("unknown");

    private final String label;

    ContinuingCareOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the indication read from the DST profile (not the checklist referral). */
    public boolean isProfileIndication() {
        return this != REFER;
    }

    /** True when the profile indicates a likely or possible continuing care need. */
    public boolean isNeedIndicated() {
        return this == LIKELY || this == POSSIBLE;
    }
}
