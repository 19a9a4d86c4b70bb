package placementreview.review;

import java.util.List;
import placementreview.model.Apportionment;
import placementreview.model.ContinuingCareIndication;
import placementreview.model.ContinuingCareOutcome;
import placementreview.model.Finding;

/** Reads a placement's continuing care screening and funding split out of its findings, for the reports. */
public final class JointFunding {
    private JointFunding() {
    }

    /**
     * Continuing care screening in short: whether the checklist says refer, the profile indication (likely, possible,
     * none, unknown; null when no indication rule ran) and the rules that concluded it.
     */
    public record Screening(boolean referral, ContinuingCareOutcome indication, List<String> ruleIds) {
        /** "refer; likely", "possible", "none"...; "not screened" when no continuing care rule ran. */
        public String summary() {
            if (!referral && indication == null) {
                return "not screened";
            }
            String profile = indication == null ? "" : indication.label();
            return referral ? (profile.isEmpty() ? "refer" : "refer; " + profile) : profile;
        }
    }

    public static Screening screening(List<Finding> findings) {
        List<ContinuingCareIndication> found = findings.stream().filter(ContinuingCareIndication.class::isInstance)
                .map(ContinuingCareIndication.class::cast).toList();
        boolean referral = found.stream().anyMatch(f -> f.outcome() == ContinuingCareOutcome.REFER);
        ContinuingCareOutcome indication = found.stream().map(ContinuingCareIndication::outcome)
                .filter(ContinuingCareOutcome::isProfileIndication).findFirst().orElse(null);
        return new Screening(referral, indication, found.stream().map(Finding::ruleId).toList());
    }

    /** The placement's funding split, or null when no apportionment rule ran. */
    public static Apportionment apportionment(List<Finding> findings) {
        return findings.stream().filter(Apportionment.class::isInstance).map(Apportionment.class::cast).findFirst()
                .orElse(null);
    }
}
