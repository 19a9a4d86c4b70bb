package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.CaseFile;
import placementreview.model.StepDownCandidate;
import placementreview.testing.TestRules;

/** The saving a review counts for a child whose needs rule out a family setting is never a family route's. */
class StepDownCountedSavingTest {
    private static final Path ONE_CHILD = Path.of("cases/examples/one-child.json");

    @Test
    void aChildStaffedTwoToOneForBehaviourCountsTheInHouseHomeRouteNotAFamilyRoute() throws Exception {
        List<StepDownCandidate> counted = countedStepDown(Files.readString(ONE_CHILD));
        assertThat(counted).extracting(StepDownCandidate::getRouteName).containsExactly("out-of-area-to-in-house-home");
        assertThat(counted).allSatisfy(c -> assertThat(c.route().target().isFamilySetting()).isFalse());
        // in-house home £2,254.00 at 2023-24 x 134.4 / 123.0 = £2,462.91 at 2026-27 prices; (9000.00 - 2462.91) x 52
        assertThat(counted.get(0).estimated().fullYear()).isEqualByComparingTo("339928.68");
    }

    @Test
    void theSameChildWithoutTheStaffingCountsTheFamilyRoute() throws Exception {
        String withoutStaffing = Files.readString(ONE_CHILD).replace("\"staffingRatio\": \"2:1\"",
                "\"staffingRatio\": \"NONE\"");
        List<StepDownCandidate> counted = countedStepDown(withoutStaffing);
        assertThat(counted).extracting(StepDownCandidate::getRouteName)
                .containsExactly("residential-to-in-house-foster");
        // in-house foster £646.00 at 2016-17 x 134.4 / 100.0 = £868.22 at 2026-27 prices; (9000.00 - 868.22) x 52
        assertThat(counted.get(0).estimated().fullYear()).isEqualByComparingTo("422852.56");
    }

    private static List<StepDownCandidate> countedStepDown(String json) {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read("one-child.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
        Review review = service.review(caseFile, new ReviewOptions(1, RankBy.COST, 1));
        return review.ranked().get(0).savingsPlan().counted().stream().filter(StepDownCandidate.class::isInstance)
                .map(StepDownCandidate.class::cast).toList();
    }
}
