package placementreview.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debug timings of the receipt database's steps (opening, checking the schema, recording, closing), to see what
 * recording costs a command: {@code java -Dplacementreview.timing=DEBUG -jar ...} prints them on stderr. Steps
 * only, never case content.
 */
public final class Timing {
    private static final Logger LOG = LoggerFactory.getLogger("placementreview.store.timing");

    private Timing() {
    }

    /** A start to pass to {@link #since}: wall time, and this thread's CPU time when timings are logged. */
    public static long[] start() {
        return LOG.isDebugEnabled() ? new long[] {System.nanoTime(), threadCpu()} : null;
    }

    /** Logs the step's wall time and this thread's CPU time since {@code start} (at debug level). */
    public static void since(long[] start, String step) {
        if (start != null && LOG.isDebugEnabled()) {
            LOG.debug("{}: {} ms, CPU {} ms on {}", step, (System.nanoTime() - start[0]) / 1_000_000,
                    (threadCpu() - start[1]) / 1_000_000, Thread.currentThread().getName());
        }
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
