package placementreview.model;

/** The outcome of one step-down criterion: met, not met, or unknown because the data is missing. */
public enum CriterionStatus {
    MET("✓"), NOT_MET("✗"), UNKNOWN("?");

    private final String mark;

    CriterionStatus(String mark) {
        this.mark = mark;
    }

    /** ✓, ✗ or ? as shown to a social worker. */
    public String mark() {
        return mark;
    }
}
