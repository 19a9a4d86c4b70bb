package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.io.DemoAuthorityGenerator;
import placementreview.io.ReviewJson;
import placementreview.model.CaseFile;
import placementreview.testing.TestRules;

/**
 * 5,000 synthetic placements, every one in the output with its findings and trace: the review JSON is byte-identical
 * on two runs and on one or two worker threads. (The 100,000-placement check is the bench command's
 * --check-one-thread, kept out of the tests for CI time.)
 */
class DeterminismAtScaleTest {
    private static final int COUNT = 5_000;

    @TempDir
    Path dir;

    @Test
    void theReviewJsonIsByteIdenticalAcrossRunsAndThreadCounts() throws IOException {
        Path file = dir.resolve("cases.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DemoAuthorityGenerator(7L).write(COUNT, out);
        }
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(file), null);
        assertThat(caseFile.placements()).hasSize(COUNT);
        String first = json(service, caseFile, 2);
        assertThat(first).contains("\"reviewed\" : " + COUNT, "\"rank\" : " + COUNT);
        assertThat(json(service, service.read(List.of(file), null), 2)).isEqualTo(first);
        assertThat(json(service, caseFile, 1)).isEqualTo(first);
    }

    private static String json(ReviewService service, CaseFile caseFile, int threads) throws IOException {
        StringWriter out = new StringWriter();
        ReviewJson.write(service.review(caseFile, new ReviewOptions(COUNT, RankBy.COST, threads)), out);
        return out.toString();
    }
}
