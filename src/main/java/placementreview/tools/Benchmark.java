package placementreview.tools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import placementreview.model.CaseFile;
import placementreview.review.RankBy;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.report.ReviewJson;

/**
 * Measures the review at scale: N synthetic placements from the demo generator written to a temporary file, then
 * (a) reading and validating them, and (b) the full review (every rulebase, ranking, JSON written to a temporary
 * file), each with its wall time, placements per second and heap. Optionally runs (b) again on one thread and
 * compares the JSON's SHA-256 (determinism at scale). Temporary files are deleted at the end.
 */
public final class Benchmark {
    private final ReviewService service;

    public Benchmark(ReviewService service) {
        this.service = service;
    }

    /** One measured phase: wall time, the sum of the heap pools' peaks, and the heap still used after a GC. */
    public record Phase(String name, int placements, long nanos, long cpuNanos, long peakHeapBytes,
                        long retainedHeapBytes, String jsonSha256) {
        public double seconds() {
            return nanos / 1e9;
        }

        public double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        public double perSecond() {
            return placements / seconds();
        }
    }

    public record Result(int count, long seed, int threads, long maxHeapBytes, int cores, Phase generate,
                         Phase readValidate, Phase review, Phase reviewOneThread) {
        /** (b) / (a) in wall time: the target is 2 or less. */
        public double ratio() {
            return review.seconds() / readValidate.seconds();
        }

        /** (b) / (a) in CPU time: steadier than wall time on a machine shared with other work. */
        public double cpuRatio() {
            return review.cpuSeconds() / readValidate.cpuSeconds();
        }
    }

    public Result run(int count, long seed, int threads, boolean checkOneThread) throws IOException {
        Path dir = Files.createTempDirectory("placement-review-bench");
        Path cases = dir.resolve("cases.json");
        Path json = dir.resolve("review.json");
        try {
            Phase generate = measure("generate", count, () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(cases))) {
                    new DemoAuthorityGenerator(seed).write(count, out);
                }
                return null;
            });
            Phase read = measure("(a) read + validate", count, () -> service.read(List.of(cases), null));
            Phase review = measure("(b) full review + JSON", count, () -> reviewToJson(cases, json, threads));
            Phase oneThread = checkOneThread
                    ? measure("(b) on 1 thread", count, () -> reviewToJson(cases, json, 1)) : null;
            return new Result(count, seed, threads, Runtime.getRuntime().maxMemory(),
                    Runtime.getRuntime().availableProcessors(), generate, read, review, oneThread);
        } finally {
            Files.deleteIfExists(cases);
            Files.deleteIfExists(json);
            Files.deleteIfExists(dir);
        }
    }

    /** Reads, reviews and writes the JSON; returns its SHA-256 (and keeps the review reachable until measured). */
    private String reviewToJson(Path cases, Path json, int threads) throws IOException {
        CaseFile caseFile = service.read(List.of(cases), null);
        Review review = service.review(caseFile, new ReviewOptions(null, RankBy.COST, threads));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Writer out = new OutputStreamWriter(new DigestOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(json)), sha), StandardCharsets.UTF_8)) {
                ReviewJson.write(review, out);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU time of the whole process (every thread, the JIT and GC included); -1 if the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private interface Work {
        Object run() throws IOException;
    }

    private static Phase measure(String name, int count, Work work) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Object result;
        try {
            result = work.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long nanos = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(result);
        return new Phase(name, count, nanos, cpu, peak, retained, result instanceof String sha ? sha : null);
    }
}
