package placementreview.review;

import java.time.LocalDate;
import java.util.List;
import placementreview.model.FinancialYear;
import placementreview.model.Finding;
import placementreview.model.Rejection;

/** The outcome of a review: every placement ranked, the top N, totals, caseload findings and rejected records. */
public record Review(String authority, LocalDate asOf, FinancialYear financialYear, String rulebaseVersion,
                     List<RankedPlacement> ranked, int topCount, List<Finding> portfolio, List<Rejection> rejected,
                     RankBy rankedBy, Forecast forecast, String inputSha256) {

    public List<RankedPlacement> top() {
        return ranked.subList(0, Math.min(topCount, ranked.size()));
    }

    public CostTotals caseloadTotals() {
        return CostTotals.of(ranked);
    }

    public CostTotals topTotals() {
        return CostTotals.of(top());
    }
}
