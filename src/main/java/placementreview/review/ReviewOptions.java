package placementreview.review;

import placementreview.engine.FindingDetail;

/**
 * How many placements to show, in what order, on how many worker threads. {@code top} null means the panel's top N,
 * the reference parameter {@value ReviewService#PANEL_TOP_N} (one source: the rules' "top placements" and the
 * review's default list are the same number). {@code beyondTop}: how much of the findings of the placements not
 * shown is kept (lean by default: what ranking and totals need; a comparison of two reviews needs their titles).
 */
public record ReviewOptions(Integer top, RankBy by, int threads, FindingDetail beyondTop) {

    public ReviewOptions(Integer top, RankBy by, int threads) {
        this(top, by, threads, FindingDetail.LEAN);
    }

    public static ReviewOptions defaults() {
        return new ReviewOptions(null, RankBy.COST, Runtime.getRuntime().availableProcessors());
    }

    public ReviewOptions withBeyondTop(FindingDetail detail) {
        return new ReviewOptions(top, by, threads, detail);
    }

    public ReviewOptions {
        if (top != null && top < 1) {
            throw new IllegalArgumentException("--top must be 1 or more");
        }
        threads = Math.max(1, threads);
        if (beyondTop == FindingDetail.FULL) {
            throw new IllegalArgumentException("the trace and evidence are kept for the placements shown only");
        }
    }
}
