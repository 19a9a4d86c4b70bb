package placementreview.engine;

/** How much of each finding an evaluation keeps. */
public enum FindingDetail {
    /** Every finding with its evidence, and the trace of the rules that fired: what the outputs show. */
    FULL,
    /** Every finding with its title, without evidence or trace: what comparing two reviews reads. */
    TITLES,
    /**
     * What ranking and totals read (rule id, kind, family, effect, savings; see {@code LeanFinding}), with the
     * findings the caseload rules, savings plans and step-down pages read kept whole: for placements beyond the top N.
     */
    LEAN
}
