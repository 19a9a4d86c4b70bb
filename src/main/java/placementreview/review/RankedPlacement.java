package placementreview.review;

import java.math.BigDecimal;
import java.util.List;
import placementreview.engine.TraceEntry;
import placementreview.model.Finding;
import placementreview.model.Placement;
import placementreview.model.Savings;

/**
 * One placement in rank order, with its cost figures, its findings and the trace of the rules that fired. The trace
 * and the findings' evidence are kept for the top N only (the placements the outputs show); beyond it the trace is
 * empty and each finding's evidence map is empty (savings, titles and families are all there).
 */
public record RankedPlacement(int rank, Placement placement, BigDecimal weeklyCost, BigDecimal netAnnualCost,
                              BigDecimal costToYearEnd, List<Finding> findings, List<TraceEntry> trace) {

    /**
     * The best achievable saving. Options on one placement overlap (a step-down removes the fee being negotiated),
     * so they are never added: the best achievable is the single option with the largest full-year saving.
     */
    public Savings bestSaving() {
        return findings.stream().map(Finding::savings).filter(s -> s != null)
                .max(java.util.Comparator.comparing(Savings::fullYear)).orElse(null);
    }

    public BigDecimal bestFullYearSaving() {
        Savings best = bestSaving();
        return best == null ? BigDecimal.ZERO : best.fullYear();
    }
}
