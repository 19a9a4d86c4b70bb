package placementreview.model;

/**
 * The provider, by reference; null means not known. {@code ofstedRegistered}: whether the setting is registered with
 * Ofsted for what it provides (children's home or, since 28 Oct 2023, supported accommodation).
 */
public record Provider(String ref, Boolean onFramework, Boolean ofstedRegistered) {
    public static final Provider UNKNOWN = new Provider(null, null, null);

    /** A provider whose Ofsted registration is not known. */
    public Provider(String ref, Boolean onFramework) {
        this(ref, onFramework, null);
    }
}
