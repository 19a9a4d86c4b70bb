package placementreview.review;

/** How the review orders placements: by net annual cost (default) or by the best achievable full-year saving. */
public enum RankBy {
    COST, SAVING
}
