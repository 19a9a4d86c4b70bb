package placementreview.model;

/**
 * A coarse band of the child's needs from the DST profile, used to pick a benchmark rate for the same type and need.
 * COMPLEX: the continuing-care pre-assessment checklist is met (high in 3+ domains, or severe/priority in 1+);
 * ELEVATED: otherwise at least one domain moderate or high; STANDARD: a complete profile with nothing above low.
 * Null (unknown) when the recorded domains do not settle the band.
 */
public enum NeedBand {
    STANDARD, ELEVATED, COMPLEX;

    public static NeedBand of(Needs needs) {
        if (needs.countAtLeast(DstLevel.SEVERE) >= 1 || needs.countAtLeast(DstLevel.HIGH) >= 3) {
            return COMPLEX;
        }
        if (!needs.isComplete()) {
            return null;
        }
        return needs.countAtLeast(DstLevel.MODERATE) >= 1 ? ELEVATED : STANDARD;
    }
}
