package placementreview.model;

/** Levels of need in a Decision Support Tool care domain, lowest first (National Framework for CYP Continuing Care, 2016). */
public enum DstLevel {
    NONE, LOW, MODERATE, HIGH, SEVERE, PRIORITY;

    public boolean atLeast(DstLevel other) {
        return compareTo(other) >= 0;
    }
}
