package placementreview.model;

import java.util.List;
import java.util.Map;

/** A finding over the whole caseload (e.g. provider concentration), naming the placements it concerns. */
public record PortfolioFinding(String ruleId, String title, String policy, String family, Savings savings,
                               List<String> placementIds, Map<String, String> evidence) implements Finding {

    @Override
    public String placementId() {
        return null;
    }

    /** A caseload estimate with a £ figure is a saving (never counted in a placement's best saving). */
    @Override
    public Effect effect() {
        return savings == null ? null : Effect.SAVING;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.PORTFOLIO_FINDING;
    }
}
