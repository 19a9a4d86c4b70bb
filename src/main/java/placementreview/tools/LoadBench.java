package placementreview.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import placementreview.io.InputException;
import placementreview.report.ReviewJson;

/**
 * A small load client for the loopback server only: sends a bounded number of POSTs to one endpoint at a fixed
 * rate (open loop: each request's latency counts from when it was due, so a slow server is not hidden) or, with
 * rate 0, as fast as the clients can. Stops after the count or the time limit, whichever comes first. Each client
 * thread keeps one connection ({@link LoopbackConnection}). Besides the latencies it reports what else the figure
 * depends on: the machine's cores and load average, the CPU the whole process and the client threads used, and the
 * JIT compiler's time during the run.
 */
public final class LoadBench {
    /** A warm-up round: this many requests, after which the compiler's time in the round is looked at. */
    static final int WARM_UP_ROUND = 1000;
    /** A warm-up round with less compiling than this ends the warm-up: the code the requests run is compiled. */
    static final long QUIET_COMPILE_MILLIS = 50;

    /** What one run measured. Latencies in milliseconds, CPU and compiler time in seconds. */
    public record Result(int sent, int failed, double seconds, double perSecond, double p50, double p90, double p99,
                         double max, int cores, double loadBefore, double loadAfter, double processCpu,
                         double clientCpu, double compiling, long collections, double collecting) {
        public String describe() {
            return String.format(Locale.ROOT, "%d requests (%d failed) in %.1f s: %.0f requests/s; latency p50 %.2f ms,"
                    + " p90 %.2f ms, p99 %.2f ms, max %.2f ms\n  %d cores, load average %.2f before, %.2f after;"
                    + " CPU of the process %.2f s (%.2f ms a request), of which the client threads %.2f s;"
                    + " JIT compiling %.2f s; %d garbage collections, %.0f ms", sent, failed, seconds, perSecond, p50,
                    p90, p99, max, cores, loadBefore, loadAfter, processCpu, sent == 0 ? 0 : processCpu * 1000 / sent,
                    clientCpu, compiling, collections, collecting * 1000);
        }
    }

    /** What the warm-up did: requests sent and failed, and the compiler's time in its last round (seconds). */
    public record WarmUp(int sent, int failed, double lastRoundCompiling) {
        public String describe() {
            return String.format(Locale.ROOT, "warm-up: %d requests (%d failed), JIT compiling %.2f s in the last %d",
                    sent, failed, lastRoundCompiling, WARM_UP_ROUND);
        }
    }

    private final InetSocketAddress address;
    private final byte[] request;

    public LoadBench(URI uri, String token, byte[] body) {
        String host = uri.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
            throw new IllegalArgumentException("the load client only targets this machine (loopback), not " + host);
        }
        this.address = new InetSocketAddress(host.replace("[", "").replace("]", ""), uri.getPort());
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        this.request = LoopbackConnection.post(host, uri.getPort(), target, token, body);
    }

    /** Sends {@code count} requests one after another, untimed (JIT warm-up); returns how many failed. */
    public int warmUp(int count) {
        int failed = 0;
        try (LoopbackConnection connection = connection()) {
            for (int i = 0; i < count; i++) {
                failed += connection.send() == 200 ? 0 : 1;
            }
        }
        return failed;
    }

    /**
     * Sends {@code count} requests one after another, untimed, then rounds of {@value #WARM_UP_ROUND} untimed requests
     * the way the timed run sends them (the same rate and client threads: concurrent requests take other paths
     * through the server, which the compiler sees only then) until a round in which the JIT compiler (this process's,
     * so the service's) worked less than {@value #QUIET_COMPILE_MILLIS} ms, or until {@code limit}. On two cores a
     * compiler still busy takes the service's CPU, and the timed run would measure the warm-up, not the service.
     */
    public WarmUp warmUp(int count, int ratePerSecond, int clients, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int sent = count;
        int failed = warmUp(count);
        double compiling = Double.NaN;
        while (count > 0 && !(compiling < QUIET_COMPILE_MILLIS / 1e3) && System.nanoTime() < deadline) {
            Result round = run(WARM_UP_ROUND, ratePerSecond, clients, limit);
            sent += round.sent();
            failed += round.failed();
            compiling = round.compiling();
        }
        return new WarmUp(sent, failed, compiling);
    }

    public Result run(int count, int ratePerSecond, int clients, Duration limit) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[count];
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicLong clientCpu = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuBefore = processCpuNanos(os);
        long compiledBefore = compiler.getTotalCompilationTime();
        long[] gcBefore = collections();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                long cpuStart = threads.getCurrentThreadCpuTime();
                try (LoopbackConnection connection = connection()) {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        long due = ratePerSecond > 0 ? start + (long) (i * 1e9 / ratePerSecond) : System.nanoTime();
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            try {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                        if (System.nanoTime() > deadline) {
                            return;
                        }
                        if (connection.send() != 200) {
                            failed.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - due;
                        done.incrementAndGet();
                    }
                } finally {
                    clientCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuStart);
                }
            }));
        }
        for (Future<?> w : workers) {
            try {
                w.get(limit.toMillis() + 30_000, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                w.cancel(true);
            }
        }
        pool.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        double processCpu = (processCpuNanos(os) - cpuBefore) / 1e9;
        double compiling = (compiler.getTotalCompilationTime() - compiledBefore) / 1e3;
        long[] gcAfter = collections();
        long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        return new Result(done.get(), failed.get(), seconds, done.get() / seconds, percentile(measured, 50),
                percentile(measured, 90), percentile(measured, 99), percentile(measured, 100),
                Runtime.getRuntime().availableProcessors(), loadBefore, os.getSystemLoadAverage(), processCpu,
                clientCpu.get() / 1e9, compiling, gcAfter[0] - gcBefore[0], (gcAfter[1] - gcBefore[1]) / 1e3);
    }

    /** The garbage collectors' count and time (ms) so far, over every collector. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private LoopbackConnection connection() {
        return new LoopbackConnection(address, request);
    }

    private static long processCpuNanos(OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    public static void print(PrintWriter out, String label, Result r) {
        out.println(label + ": " + r.describe());
        out.flush();
    }

    /**
     * The request body: the whole case file, or its header with only the one placement (what a social worker's
     * page sends).
     */
    public static byte[] requestBody(Path file, String placementId, boolean wholeFile) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage());
        }
        if (wholeFile) {
            return bytes;
        }
        JsonNode tree = ReviewJson.MAPPER.readTree(bytes);
        if (!(tree instanceof ObjectNode root) || !(root.get("placements") instanceof ArrayNode placements)) {
            throw new InputException(file + ": not a case file with a placements list");
        }
        ArrayNode only = root.putArray("placements");
        placements.forEach(p -> {
            if (placementId.equals(p.path("id").asText())) {
                only.add(p);
            }
        });
        if (only.isEmpty()) {
            throw new InputException(file + ": placement " + placementId + " is not in the file");
        }
        return ReviewJson.MAPPER.writeValueAsBytes(root);
    }
}
