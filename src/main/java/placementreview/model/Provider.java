package placementreview.model;

/** The provider, by reference; onFramework null means not known. */
public record Provider(String ref, Boolean onFramework) {
    public static final Provider UNKNOWN = new Provider(null, null);
}
