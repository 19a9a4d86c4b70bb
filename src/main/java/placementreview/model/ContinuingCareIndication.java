package placementreview.model;

import java.util.Map;

/** A continuing care screening result for one placement: refer to the ICB, or the likely / possible / no / unknown indication. */
public record ContinuingCareIndication(String placementId, String ruleId, String title, String policy, String family,
                                       ContinuingCareOutcome outcome, Map<String, String> evidence)
        implements Finding {

    @Override
    public FindingKind kind() {
        return FindingKind.CONTINUING_CARE_INDICATION;
    }
}
