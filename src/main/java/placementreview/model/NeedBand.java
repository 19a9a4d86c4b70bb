package placementreview.model;

/**
 * A coarse band of the child's needs from the DST profile, used to pick a benchmark rate for the same type and need.
 * How a profile is banded, with the thresholds from rules/reference: {@link NeedBands}.
 */
public enum NeedBand {
    STANDARD, ELEVATED, COMPLEX
}
