package placementreview.review;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import placementreview.engine.TraceEntry;
import placementreview.model.Finding;
import placementreview.model.FindingKind;
import placementreview.model.Placement;
import placementreview.model.Savings;

/**
 * One placement in rank order, with its cost figures, its findings, the trace of the rules that fired, and its
 * best achievable reduction in the council's spend, savings and cost recovered apart (see {@link SavingsPlan} for
 * what counts). The findings in full and the trace are kept for the top N only (the placements the outputs show);
 * beyond it the trace is empty and the findings are lean (rule id, kind, family, effect and savings; see
 * {@code FindingDetail}), except in a comparison of two reviews, which keeps every finding's title.
 */
public record RankedPlacement(int rank, Placement placement, BigDecimal weeklyCost, BigDecimal netAnnualCost,
                              BigDecimal costToYearEnd, List<Finding> findings, List<TraceEntry> trace,
                              SavingsPlan savingsPlan) {

    /** Compliance findings first, then options by full-year saving (largest first), then the rest in rule-id order. */
    private static final Comparator<Finding> OPTION_ORDER = Comparator
            .comparing((Finding f) -> f.kind() == FindingKind.COMPLIANCE_FINDING ? 0 : 1)
            .thenComparing(f -> f.savings() == null ? null : f.savings().fullYear(),
                    Comparator.nullsLast(Comparator.reverseOrder()));

    public RankedPlacement(int rank, Placement placement, BigDecimal weeklyCost, BigDecimal netAnnualCost,
                           BigDecimal costToYearEnd, List<Finding> findings, List<TraceEntry> trace) {
        this(rank, placement, weeklyCost, netAnnualCost, costToYearEnd, findings, trace,
                SavingsPlan.best(findings, SavingOverlaps.none()));
    }

    /** The counted savings (the package costs less); zero when no option counts. */
    public Savings bestSaving() {
        return savingsPlan.saving();
    }

    /** The counted cost recovered from partners (contributions sought); zero when none counts. */
    public Savings recovery() {
        return savingsPlan.recovery();
    }

    /** Savings plus cost recovered: the best achievable reduction in the council's spend on this placement. */
    public Savings councilReduction() {
        return savingsPlan.councilReduction();
    }

    public BigDecimal bestInYearSaving() {
        return bestSaving().inYear();
    }

    public BigDecimal bestFullYearSaving() {
        return bestSaving().fullYear();
    }

    /**
     * The cost options and compliance findings as a panel reads them: compliance first, then by saving (stable: ties
     * stay in rule-id order). Screening and apportionment findings are not options and are left out.
     */
    public List<Finding> options() {
        return findings.stream().filter(RankedPlacement::isOption).sorted(OPTION_ORDER).toList();
    }

    /** Every finding, options first (as {@link #options()}), then the others in rule-id order. */
    public List<Finding> findingsForReading() {
        List<Finding> out = new java.util.ArrayList<>(options());
        findings.stream().filter(f -> !isOption(f)).forEach(out::add);
        return out;
    }

    private static boolean isOption(Finding f) {
        return f.kind() == FindingKind.COST_OPTION || f.kind() == FindingKind.COMPLIANCE_FINDING;
    }
}
