package placementreview.review;

/**
 * How many placements to show, in what order, on how many worker threads. {@code top} null means the panel's top N,
 * the reference parameter {@value ReviewService#PANEL_TOP_N} (one source: the rules' "top placements" and the
 * review's default list are the same number).
 */
public record ReviewOptions(Integer top, RankBy by, int threads) {

    public static ReviewOptions defaults() {
        return new ReviewOptions(null, RankBy.COST, Runtime.getRuntime().availableProcessors());
    }

    public ReviewOptions {
        if (top != null && top < 1) {
            throw new IllegalArgumentException("--top must be 1 or more");
        }
        threads = Math.max(1, threads);
    }
}
