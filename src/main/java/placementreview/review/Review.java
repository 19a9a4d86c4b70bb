package placementreview.review;

import java.time.LocalDate;
import java.util.List;
import placementreview.model.FinancialYear;
import placementreview.model.Finding;
import placementreview.model.InputNote;
import placementreview.model.Rejection;
import placementreview.model.ReviewContext;

/**
 * The outcome of a review: every placement ranked, the top N, totals, caseload findings, rejected records, notes on
 * values read with a change, and what the benchmarks rest on (price year, the council's own market, achievable share).
 */
public record Review(String authority, LocalDate asOf, FinancialYear financialYear, String rulebaseVersion,
                     List<RankedPlacement> ranked, int topCount, List<Finding> portfolio, List<Rejection> rejected,
                     RankBy rankedBy, Forecast forecast, List<InputNote> notes, String inputSha256,
                     BenchmarkBasis benchmarks) {

    /** The review date and its financial year, as the rules saw them. */
    public ReviewContext context() {
        return new ReviewContext(asOf, financialYear.start(), financialYear.end());
    }

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
