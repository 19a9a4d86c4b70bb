package placementreview.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import placementreview.io.InputException;
import placementreview.report.ReviewJson;

/**
 * A small load client for the loopback server only: sends a bounded number of POSTs to one endpoint at a fixed
 * rate (open loop: each request's latency counts from when it was due, so a slow server is not hidden) or, with
 * rate 0, as fast as the clients can. Stops after the count or the time limit, whichever comes first.
 */
public final class LoadBench {
    /** What one run measured. Latencies in milliseconds. */
    public record Result(int sent, int failed, double seconds, double perSecond, double p50, double p90, double p99,
                         double max) {
        public String describe() {
            return String.format(Locale.ROOT, "%d requests (%d failed) in %.1f s: %.0f requests/s; latency p50 %.2f ms,"
                    + " p90 %.2f ms, p99 %.2f ms, max %.2f ms", sent, failed, seconds, perSecond, p50, p90, p99, max);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final String token;
    private final byte[] body;

    public LoadBench(URI uri, String token, byte[] body) {
        String host = uri.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
            throw new IllegalArgumentException("the load client only targets this machine (loopback), not " + host);
        }
        this.uri = uri;
        this.token = token;
        this.body = body.clone();
    }

    /** Sends {@code count} requests one after another, untimed (JIT warm-up); returns how many failed. */
    public int warmUp(int count) {
        int failed = 0;
        for (int i = 0; i < count; i++) {
            failed += send() == 200 ? 0 : 1;
        }
        return failed;
    }

    public Result run(int count, int ratePerSecond, int clients, Duration limit) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[count];
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
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
                    if (send() != 200) {
                        failed.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - due;
                    done.incrementAndGet();
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
        long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        return new Result(done.get(), failed.get(), seconds, done.get() / seconds, percentile(measured, 50),
                percentile(measured, 90), percentile(measured, 99), percentile(measured, 100));
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    private int send() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
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
