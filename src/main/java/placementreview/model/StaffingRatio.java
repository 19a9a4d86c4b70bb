package placementreview.model;

/** Additional staffing ratio; the case file writes "1:1", "2:1", "3:1" or NONE. */
public enum StaffingRatio {
    NONE("NONE", 0), ONE_TO_ONE("1:1", 1), TWO_TO_ONE("2:1", 2), THREE_TO_ONE("3:1", 3);

    private final String label;
    private final int staff;

    StaffingRatio(String label, int staff) {
        this.label = label;
        this.staff = staff;
    }

    public String label() {
        return label;
    }

    /** Number of staff dedicated to the child. */
    public int staff() {
        return staff;
    }

    public static StaffingRatio fromLabel(String label) {
        for (StaffingRatio r : values()) {
            if (r.label.equals(label)) {
                return r;
            }
        }
        return null;
    }
}
