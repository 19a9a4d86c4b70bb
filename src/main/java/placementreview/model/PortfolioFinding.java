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

    @Override
    public FindingKind kind() {
        return FindingKind.PORTFOLIO_FINDING;
    }
}
