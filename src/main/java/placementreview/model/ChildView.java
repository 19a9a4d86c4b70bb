package placementreview.model;

/** The child's recorded view on moving. */
public enum ChildView {
    OPEN, WANTS_TO_MOVE, OPPOSED, NOT_ASKED
}
