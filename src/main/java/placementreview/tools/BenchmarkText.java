package placementreview.tools;

import java.util.Locale;
import placementreview.report.TextTable;

/** The benchmark's table: one row per phase with wall time, placements per second and heap. */
public final class BenchmarkText {
    private static final long MB = 1024 * 1024;

    private BenchmarkText() {
    }

    public static String render(Benchmark.Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.UK, "Benchmark: %,d placements (seed %d), %d worker thread(s), %d core(s), "
                + "max heap %,d MB%n%n", r.count(), r.seed(), r.threads(), r.cores(), r.maxHeapBytes() / MB));
        TextTable table = new TextTable(new String[] {"Phase", "Wall", "CPU", "Placements/s", "Peak heap",
                "Heap after GC"}, new boolean[] {false, true, true, true, true, true});
        for (Benchmark.Phase p : new Benchmark.Phase[] {r.generate(), r.readValidate(), r.review(),
                r.reviewOneThread()}) {
            if (p != null) {
                table.add(p.name(), String.format(Locale.UK, "%.2f s", p.seconds()),
                        String.format(Locale.UK, "%.2f s", p.cpuSeconds()),
                        String.format(Locale.UK, "%,.0f", p.perSecond()),
                        String.format(Locale.UK, "%,d MB", p.peakHeapBytes() / MB),
                        String.format(Locale.UK, "%,d MB", p.retainedHeapBytes() / MB));
            }
        }
        out.append(table.render(""));
        out.append(String.format(Locale.UK, "%n(b) / (a) = %.2f in wall time (target: 2.00 or less), %.2f in CPU time%n",
                r.ratio(), r.cpuRatio()));
        out.append("CPU: the process's CPU time (all threads, JIT and GC). Peak heap: the sum of the heap pools' peaks "
                + "during the phase (an upper bound); heap after GC: what is still held at the phase's end.\n");
        if (r.reviewOneThread() != null) {
            boolean same = r.review().jsonSha256().equals(r.reviewOneThread().jsonSha256());
            out.append("Review JSON SHA-256 ").append(r.review().jsonSha256()).append(same
                    ? ": identical on " + r.threads() + " thread(s) and on 1\n"
                    : " differs from the one-thread run " + r.reviewOneThread().jsonSha256() + "\n");
        }
        return out.toString();
    }
}
