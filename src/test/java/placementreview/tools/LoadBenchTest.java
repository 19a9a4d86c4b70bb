package placementreview.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import placementreview.http.TestServer;

class LoadBenchTest {
    @Test
    void measuresABoundedRunAgainstTheLoopbackServer() throws Exception {
        LoadBench bench = new LoadBench(TestServer.uri("/api/explain?placement=P-00049"), TestServer.SOCIAL_WORKER,
                TestServer.demo());
        assertThat(bench.warmUp(3)).isZero();
        LoadBench.Result r = bench.run(20, 100, 2, Duration.ofSeconds(30));
        assertThat(r.sent()).isEqualTo(20);
        assertThat(r.failed()).isZero();
        assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p99());
        assertThat(r.describe()).contains("20 requests (0 failed)", "p99", "cores, load average", "garbage collections");
        assertThat(r.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(r.processCpu()).isPositive().isGreaterThanOrEqualTo(r.clientCpu());
        assertThat(r.clientCpu()).isPositive();
    }

    @Test
    void refusesAnyTargetButThisMachine() {
        assertThatThrownBy(() -> new LoadBench(URI.create("http://192.0.2.1/api/check"), "t", new byte[0]))
                .hasMessageContaining("loopback");
    }

    @Test
    void percentilesOfSortedLatencies() {
        long[] nanos = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(LoadBench.percentile(nanos, 50)).isEqualTo(2.0);
        assertThat(LoadBench.percentile(nanos, 99)).isEqualTo(4.0);
        assertThat(LoadBench.percentile(new long[0], 50)).isNaN();
    }
}
