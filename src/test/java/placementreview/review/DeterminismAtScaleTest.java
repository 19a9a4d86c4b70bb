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
import placementreview.engine.FindingDetail;
import placementreview.model.CaseFile;
import placementreview.report.ReviewJson;
import placementreview.testing.TestRules;
import placementreview.tools.DemoAuthorityGenerator;

/**
 * 5,000 synthetic placements: the review JSON (top 300 with findings and trace) and the whole ranking (every
 * placement's rank, cost, best saving and findings as kept) are identical on two runs, on one or two worker threads,
 * and with lean findings beyond the top N or every finding's title kept. (The 100,000-placement check is the bench command's
 * --check-one-thread, kept out of the tests for CI time.)
 */
class DeterminismAtScaleTest {
    private static final int COUNT = 5_000;
    private static final int TOP = 300;

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
        assertThat(first).contains("\"reviewed\" : " + COUNT, "\"rank\" : " + TOP, "\n" + COUNT + " P-");
        assertThat(json(service, service.read(List.of(file), null), 2)).isEqualTo(first);
        assertThat(json(service, caseFile, 1)).isEqualTo(first);
        // lean findings beyond the top N change nothing shown: the same JSON and ranking as keeping every title
        ReviewOptions titled = new ReviewOptions(TOP, RankBy.COST, 2).withBeyondTop(FindingDetail.TITLES);
        assertThat(json(service.review(caseFile, titled))).isEqualTo(first);
    }

    private static String json(ReviewService service, CaseFile caseFile, int threads) throws IOException {
        return json(service.review(caseFile, new ReviewOptions(TOP, RankBy.COST, threads)));
    }

    private static String json(Review review) throws IOException {
        StringWriter out = new StringWriter();
        ReviewJson.write(review, out);
        for (RankedPlacement r : review.ranked()) {
            out.write(r.rank() + " " + r.placement().id() + " " + r.netAnnualCost() + " " + r.bestFullYearSaving() + " "
                    + r.findings().stream().map(f -> f.ruleId() + ":" + f.kind() + ":" + f.family() + ":" + f.effect()
                    + ":" + f.savings()).toList() + "\n");
        }
        return out.toString();
    }
}
