package placementreview.model;

/** The three bodies that may fund a child's placement. */
public enum Funder {
    EDUCATION("Education"), HEALTH("Health"), SOCIAL_CARE("Social care");

    private final String label;

    Funder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
