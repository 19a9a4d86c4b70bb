package placementreview.review;

/** Told how a long review is going: placements done so far (called from the worker threads) and when it ends. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void done(int done, int total) {
        }

        @Override
        public void finished(int total) {
        }
    };

    void done(int done, int total);

    void finished(int total);
}
