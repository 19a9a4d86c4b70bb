package placementreview.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import placementreview.testing.TestRules;

/** The benchmark on a few placements: every phase measured, the table printed (the figures are not asserted). */
class BenchmarkTest {
    @Test
    void measuresEachPhaseAndPrintsTheTable() throws IOException {
        Benchmark.Result r = new Benchmark(TestRules.service()).run(200, 1L, 2, true);
        assertThat(r.readValidate().nanos()).isPositive();
        assertThat(r.review().peakHeapBytes()).isPositive();
        assertThat(r.review().jsonSha256()).hasSize(64).isEqualTo(r.reviewOneThread().jsonSha256());
        String table = BenchmarkText.render(r);
        assertThat(table).contains("Benchmark: 200 placements", "(a) read + validate", "(b) full review + JSON",
                "Placements/s", "Peak heap", "(b) / (a) = ", "identical on 2 thread(s) and on 1");
    }
}
