package placementreview.model;

/** A route is open (every criterion met) or nearly open (exactly one criterion not met or unknown). */
public enum CandidateStatus {
    CANDIDATE, NEARLY_ELIGIBLE
}
