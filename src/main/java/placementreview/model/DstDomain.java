package placementreview.model;

/** The ten care domains of the children's continuing care Decision Support Tool; the key is the case-file field name. */
public enum DstDomain {
    BREATHING("breathing"), EATING_DRINKING("eatingDrinking"), MOBILITY("mobility"), CONTINENCE("continence"),
    SKIN("skin"), COMMUNICATION("communication"), DRUG_THERAPIES("drugTherapies"), PSYCHOLOGICAL("psychological"),
    SEIZURES("seizures"), CHALLENGING_BEHAVIOUR("challengingBehaviour");

    private final String key;

    DstDomain(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Every domain's key, in the DST's order. */
    public static java.util.List<String> keys() {
        return java.util.Arrays.stream(values()).map(DstDomain::key).toList();
    }

    public static DstDomain fromKey(String key) {
        for (DstDomain d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        return null;
    }
}
