package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import placementreview.model.CandidateStatus;
import placementreview.model.CapacityAllocation;
import placementreview.model.Capacity;
import placementreview.model.CapacityStatus;
import placementreview.model.PlacementType;
import placementreview.model.SavingWithoutInHousePlace;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownRoute;

class CapacityAllocatorTest {
    private static final StepDownRoute KINSHIP = route("kinship", "none", 2);
    private static final StepDownRoute FOSTER = route("residential-to-in-house-foster", "inHouseFosterVacancies", 3);
    private static final StepDownRoute HOME = route("out-of-area-to-in-house-home", "inHouseResidentialBeds", 6);

    @Test
    void placesGoToTheLargestFullYearSavingTiesByPlacementId() {
        List<CapacityAllocator.Decision> d = CapacityAllocator.decide(new Capacity(2, null, null), List.of(
                candidate("P-A", FOSTER, "100"), candidate("P-D", FOSTER, "300"), candidate("P-B", FOSTER, "300"),
                candidate("P-C", FOSTER, "500")));
        assertThat(statuses(d)).containsExactly(
                "P-A AWAITING_CAPACITY 4", "P-B ALLOCATED 2", "P-C ALLOCATED 1", "P-D AWAITING_CAPACITY 3");
    }

    @Test
    void unknownCapacityIsNeverZero() {
        List<CapacityAllocator.Decision> d = CapacityAllocator.decide(Capacity.UNKNOWN,
                List.of(candidate("P-A", FOSTER, "100")));
        assertThat(statuses(d)).containsExactly("P-A CAPACITY_UNKNOWN 1");
    }

    @Test
    void aChildWithAMorePreferredRouteOpenDoesNotTakeAPlace() {
        List<CapacityAllocator.Decision> d = CapacityAllocator.decide(new Capacity(1, 1, null), List.of(
                candidate("P-A", KINSHIP, "50"), candidate("P-A", FOSTER, "900"),
                candidate("P-B", FOSTER, "100"), candidate("P-B", HOME, "80"),
                candidate("P-C", FOSTER, "90"), candidate("P-C", HOME, "70")));
        // P-A goes to kin; P-B gets the foster place, so needs no bed; P-C awaits foster care and gets the bed
        // (sorted by placement, then route name: out-of-area-to-in-house-home before residential-to-...)
        assertThat(statuses(d)).containsExactly("P-A NOT_NEEDED 0", "P-B NOT_NEEDED 0", "P-B ALLOCATED 1",
                "P-C ALLOCATED 1", "P-C AWAITING_CAPACITY 2");
    }

    @Test
    void nearlyEligibleRoutesDoNotCompete() {
        StepDownCandidate nearly = new StepDownCandidate("P-A", "SD-41", "t", "p", "Step-down", FOSTER,
                CandidateStatus.NEARLY_ELIGIBLE, null, savings("100"), null, Map.of());
        assertThat(CapacityAllocator.decide(new Capacity(1, 1, 1), List.of(nearly))).isEmpty();
    }

    @Test
    void morePlacesSaveOnlyWhatTheyAddOverWhatIsCountedNow() {
        // given two children awaiting foster places: P-A's route saves 226,408 and its IFA route 217,360 is counted
        // now (gain 9,048); P-B's route saves 100,000 with nothing else counted (gain 100,000); P-C awaits a place
        // saving 50,000 but a bed it was allocated in another pool already counts 60,000 (gain 0)
        List<Object> awaiting = List.of(allocation("P-A", CapacityStatus.AWAITING_CAPACITY, "226408"),
                allocation("P-B", CapacityStatus.AWAITING_CAPACITY, "100000"),
                allocation("P-C", CapacityStatus.AWAITING_CAPACITY, "50000"));
        List<Object> countedNow = List.of(new SavingWithoutInHousePlace("P-A", savings("217360")),
                new SavingWithoutInHousePlace("P-C", savings("1000")));
        List<Object> allocated = List.of(allocation("P-C", CapacityStatus.ALLOCATED, "60000"));
        // then two more places add 9,048 + 100,000 = 109,048 a year
        assertThat(CapacityAllocator.extraSaving(awaiting, countedNow, allocated).fullYear())
                .isEqualByComparingTo("109048");
    }

    private static CapacityAllocation allocation(String id, CapacityStatus status, String fullYear) {
        return new CapacityAllocation(id, "CAP-01", "t", "p", "Step-down capacity", FOSTER.route(),
                FOSTER.capacityPool(), "In-house foster care", status, 1, savings(fullYear), Map.of());
    }

    private static List<String> statuses(List<CapacityAllocator.Decision> decisions) {
        return decisions.stream().map(x -> x.candidate().placementId() + " " + x.status() + " " + x.rank()).toList();
    }

    private static StepDownCandidate candidate(String id, StepDownRoute route, String fullYear) {
        return new StepDownCandidate(id, "SD-40", "t", "p", "Step-down", route, CandidateStatus.CANDIDATE, null,
                savings(fullYear), null, Map.of());
    }

    private static Savings savings(String fullYear) {
        return new Savings(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(fullYear));
    }

    private static StepDownRoute route(String name, String pool, int preference) {
        return new StepDownRoute(name, name, Set.of(PlacementType.EXTERNAL_CHILDRENS_HOME), 0, 17, Set.of(), false,
                PlacementType.IN_HOUSE_FOSTER, pool, preference, new BigDecimal("646"), 52, List.of("setting"), "test");
    }
}
