package placementreview.model;

/** DfE SSDA903 legal status codes. */
public enum LegalStatus {
    C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4
}
