package placementreview.model;

/** Where the child is in the continuing care process. */
public enum ContinuingCareStatus {
    NONE, REFERRED, AGREED, DECLINED
}
