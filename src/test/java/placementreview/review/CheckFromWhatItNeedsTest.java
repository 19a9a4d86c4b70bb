package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import placementreview.model.CandidateStatus;
import placementreview.model.CapacityStatus;
import placementreview.model.CaseFile;
import placementreview.model.Capacity;
import placementreview.report.StepDownJson;
import placementreview.testing.TestRules;

/**
 * A step-down check answers from one placement's findings and the caseload's capacity allocation (cached per case
 * file): for every placement of the demo, with its capacity and with a scarce one, the same answer as the step-down
 * part of a full review; and the allocation is worked out once per file.
 */
class CheckFromWhatItNeedsTest {
    private static final Path DEMO = Path.of("cases/demo/demo-authority.json");

    private static void everyCheckMatchesTheFullReview(ReviewService service, CaseFile caseFile) {
        Review review = service.review(caseFile, new ReviewOptions(caseFile.placements().size(), RankBy.COST, 2));
        for (RankedPlacement r : review.ranked()) {
            StepDown fromReview = StepDown.of(r, review.portfolio());
            StepDownCheck check = service.check(caseFile, r.placement().id(), 2);
            assertThat(StepDownJson.stepDown(check.stepDown()).toString())
                    .as(r.placement().id()).isEqualTo(StepDownJson.stepDown(fromReview).toString());
        }
    }

    @Test
    void everyPlacementsCheckIsTheStepDownOfTheFullReview() {
        ReviewService service = TestRules.service();
        CaseFile demo = service.read(List.of(DEMO), null);
        everyCheckMatchesTheFullReview(service, demo);
    }

    @Test
    void withScarceCapacityTheAllocationStillComesFromTheWholeCaseload() {
        ReviewService service = TestRules.service();
        CaseFile demo = service.read(List.of(DEMO), null);
        CaseFile scarce = new CaseFile(demo.authority(), demo.asOf(), demo.financialYear(), new Capacity(1, 1, 0),
                demo.placements(), demo.rejected(), demo.notes(), demo.inputSha256() + "-scarce");
        everyCheckMatchesTheFullReview(service, scarce);
        List<CapacityStatus> statuses = new ArrayList<>();
        for (var p : scarce.placements()) {
            service.check(scarce, p.id(), 1).stepDown().candidates().stream()
                    .filter(c -> c.status() == CandidateStatus.CANDIDATE && c.capacity() != null)
                    .forEach(c -> statuses.add(c.capacity()));
        }
        assertThat(statuses).as("with one place of each kind, some candidates get one and others wait")
                .contains(CapacityStatus.ALLOCATED, CapacityStatus.AWAITING_CAPACITY);
    }

    @Test
    void theAllocationIsWorkedOutOncePerCaseFile() {
        CaseloadCache cache = new CaseloadCache();
        CaseFile demo = TestRules.service().read(List.of(DEMO), null);
        AtomicInteger worked = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            cache.get(demo, () -> {
                worked.incrementAndGet();
                return List.of();
            });
        }
        assertThat(worked).hasValue(1);
        CaseFile otherDate = new CaseFile(demo.authority(), demo.asOf().plusDays(1), demo.financialYear(),
                demo.capacity(), demo.placements(), demo.rejected(), demo.notes(), demo.inputSha256());
        cache.get(otherDate, () -> {
            worked.incrementAndGet();
            return List.of();
        });
        assertThat(worked).as("another as-of date is another review").hasValue(2);
        CaseFile inMemory = new CaseFile(demo.authority(), demo.asOf(), demo.financialYear(), demo.capacity(),
                demo.placements(), demo.rejected());
        cache.get(inMemory, List::of);
        cache.get(inMemory, () -> {
            worked.incrementAndGet();
            return List.of();
        });
        assertThat(worked).as("a file without a hash is never cached").hasValue(3);
    }
}
