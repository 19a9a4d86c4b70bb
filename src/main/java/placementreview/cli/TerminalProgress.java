package placementreview.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import placementreview.review.Progress;

/**
 * Progress of a long review on the terminal (stderr), rewritten in place at most twice a second: placements done of
 * the total, the rate, and the time left at that rate. Used only for large reviews when stderr is a terminal.
 */
final class TerminalProgress implements Progress {
    /** Reviews smaller than this finish in a few seconds: no progress line. */
    static final int THRESHOLD = 5_000;
    private static final long INTERVAL = 500_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private boolean shown;

    TerminalProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastShown = start;
    }

    /** Progress for this review: on the terminal when it is large and stderr is a terminal, else none. */
    static Progress forReview(PrintWriter err, int placements, boolean json) {
        return placements > THRESHOLD && !json && System.console() != null
                ? new TerminalProgress(err, System::nanoTime) : Progress.NONE;
    }

    @Override
    public synchronized void done(int done, int total) {
        long now = clock.getAsLong();
        if (now - lastShown < INTERVAL) {
            return;
        }
        lastShown = now;
        shown = true;
        err.print("\r" + line(done, total, now - start));
        err.flush();
    }

    @Override
    public synchronized void finished(int total) {
        if (shown) {
            err.print("\r" + line(total, total, clock.getAsLong() - start) + "\n");
            err.flush();
        }
    }

    static String line(int done, int total, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format(Locale.UK, "Reviewed %,d / %,d placements (%,.0f a second, %d:%02d left)  ", done, total,
                rate, left / 60, left % 60);
    }
}
