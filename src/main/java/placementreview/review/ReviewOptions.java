package placementreview.review;

/** How many placements to show, in what order, on how many worker threads. */
public record ReviewOptions(int top, RankBy by, int threads) {
    public static final int DEFAULT_TOP = 15;

    public static ReviewOptions defaults() {
        return new ReviewOptions(DEFAULT_TOP, RankBy.COST, Runtime.getRuntime().availableProcessors());
    }

    public ReviewOptions {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be 1 or more");
        }
        threads = Math.max(1, threads);
    }
}
