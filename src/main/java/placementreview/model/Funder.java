package placementreview.model;

/** The three bodies that may fund a child's placement. */
public enum Funder {
    EDUCATION("Education", "education"), HEALTH("Health", "health"), SOCIAL_CARE("Social care", "socialCare");

    private final String label;
    private final String key;

    Funder(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The JSON field name. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
