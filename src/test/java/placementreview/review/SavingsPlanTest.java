package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.Set;
import placementreview.model.CandidateStatus;
import placementreview.model.CapacityAllocation;
import placementreview.model.CapacityStatus;
import placementreview.model.ComplianceFinding;
import placementreview.model.Effect;
import placementreview.model.PlacementType;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownRoute;
import placementreview.model.CostOption;
import placementreview.model.Finding;
import placementreview.model.SavingOverlap;
import placementreview.model.Savings;

class SavingsPlanTest {
    private static final SavingOverlaps OVERLAPS = new SavingOverlaps(List.of(
            new SavingOverlap("Fee level", "whole package", "test"),
            new SavingOverlap("Framework rate", "core fee", "test"),
            new SavingOverlap("Fee uplift", "core fee", "test"),
            new SavingOverlap("Additional staffing", "additional staffing", "test"),
            new SavingOverlap("Health contribution", "Health's share", "test")));

    @Test
    void optionsOnDifferentPartsAddUpWhenTheyBeatTheWholePackageOption() {
        Finding fee = option("CR-03", "Fee level", "1000");
        Finding framework = option("CR-04", "Framework rate", "600");
        Finding staffing = option("CR-06", "Additional staffing", "500");
        SavingsPlan plan = SavingsPlan.best(List.of(fee, framework, staffing), OVERLAPS);
        assertThat(plan.counted()).containsExactly(framework, staffing);
        assertThat(plan.councilReduction().weekly()).isEqualByComparingTo("1100");
        assertThat(plan.councilReduction().fullYear()).isEqualByComparingTo("57200");
        assertThat(plan.councilReduction().inYear()).isEqualByComparingTo("11000");
    }

    @Test
    void aWholePackageOptionLargerThanThePartsStandsAlone() {
        Finding fee = option("CR-03", "Fee level", "1200");
        SavingsPlan plan = SavingsPlan.best(List.of(fee, option("CR-04", "Framework rate", "600"),
                option("CR-06", "Additional staffing", "500")), OVERLAPS);
        assertThat(plan.counted()).containsExactly(fee);
        assertThat(plan.councilReduction().fullYear()).isEqualByComparingTo("62400");
    }

    @Test
    void aTieGoesToTheParts() {
        Finding framework = option("CR-04", "Framework rate", "600");
        Finding staffing = option("CR-06", "Additional staffing", "500");
        SavingsPlan plan = SavingsPlan.best(List.of(option("CR-03", "Fee level", "1100"), framework, staffing),
                OVERLAPS);
        assertThat(plan.counted()).containsExactlyInAnyOrder(framework, staffing);
    }

    @Test
    void alternativesOnTheSamePartCountOnce() {
        Finding framework = option("CR-04", "Framework rate", "600");
        SavingsPlan plan = SavingsPlan.best(List.of(option("CR-07", "Fee uplift", "100"), framework,
                option("CR-05", "Additional staffing", "250"), option("CR-06", "Additional staffing", "500")),
                OVERLAPS);
        assertThat(plan.counted()).extracting(Finding::ruleId).containsExactly("CR-04", "CR-06");
        assertThat(plan.councilReduction().weekly()).isEqualByComparingTo("1100");
    }

    @Test
    void aFamilyNotInTheTableOverlapsEverything() {
        Finding stepDown = option("SD-10", "Step-down", "900");
        SavingsPlan plan = SavingsPlan.best(List.of(stepDown, option("CR-04", "Framework rate", "600"),
                option("CR-06", "Additional staffing", "200")), OVERLAPS);
        assertThat(plan.counted()).containsExactly(stepDown);
    }

    @Test
    void noQuantifiedOptionMeansNoSaving() {
        Finding compliance = new ComplianceFinding("P-1", "CR-13", "Unlawful", "policy", "Compliance", "cost",
                Map.of());
        SavingsPlan plan = SavingsPlan.best(List.of(compliance), OVERLAPS);
        assertThat(plan).isEqualTo(SavingsPlan.NONE);
        assertThat(plan.councilReduction()).isEqualTo(Savings.ZERO);
    }

    // Capacity: a route that needs an in-house place counts only when CAP-01 allocated one.
    private static final StepDownRoute FOSTER = route("residential-to-in-house-foster", "inHouseFosterVacancies", 3);
    private static final StepDownRoute IFA = route("residential-to-ifa", "none", 4);

    @Test
    void aRouteAwaitingAnInHousePlaceIsNotCountedTheNextBestOpenOptionIs() {
        // given foster saves (6000-646) x 52 = 278,408 but awaits a place; the IFA route saves (6000-820) x 52 = 269,360
        Finding foster = candidate(FOSTER, "5354");
        Finding ifa = candidate(IFA, "5180");
        InHousePlaces places = InHousePlaces.of(List.of(allocation(FOSTER, CapacityStatus.AWAITING_CAPACITY)));
        SavingsPlan plan = SavingsPlan.best(List.of(foster, ifa), OVERLAPS, places, null);
        // then the IFA route counts and the foster route says why not
        assertThat(plan.counted()).containsExactly(ifa);
        assertThat(plan.saving().fullYear()).isEqualByComparingTo("269360");
        assertThat(plan.notCountedBecause(foster)).isEqualTo("awaiting an in-house place (in-house foster care)");
    }

    @Test
    void aRouteAllocatedAnInHousePlaceCounts() {
        Finding foster = candidate(FOSTER, "5354");
        Finding ifa = candidate(IFA, "5180");
        InHousePlaces places = InHousePlaces.of(List.of(allocation(FOSTER, CapacityStatus.ALLOCATED)));
        SavingsPlan plan = SavingsPlan.best(List.of(foster, ifa), OVERLAPS, places, null);
        assertThat(plan.counted()).containsExactly(foster);
        assertThat(plan.notCountedBecause(ifa)).isEqualTo("same part of the cost (whole package) as SD-40, which saves more");
    }

    @Test
    void aRouteWithUnknownCapacityOrNoPlaceNeededIsNotCounted() {
        Finding foster = candidate(FOSTER, "5354");
        assertThat(SavingsPlan.best(List.of(foster), OVERLAPS, InHousePlaces.of(List.of(
                allocation(FOSTER, CapacityStatus.CAPACITY_UNKNOWN))), null).notCountedBecause(foster))
                .isEqualTo("the case file does not record in-house foster care capacity");
        assertThat(SavingsPlan.best(List.of(foster), OVERLAPS, InHousePlaces.of(List.of(
                allocation(FOSTER, CapacityStatus.NOT_NEEDED))), null).notCountedBecause(foster))
                .isEqualTo("no in-house place allocated: a more preferred route is open");
        assertThat(SavingsPlan.best(List.of(foster), OVERLAPS).counted()).isEmpty();
    }

    @Test
    void theCountedOptionsNeverComeToMoreThanTheNetAnnualCost() {
        // given parts of 600 + 500 a week (31,200 + 26,000 a year) on a placement costing the council 40,000 a year
        Finding framework = option("CR-04", "Framework rate", "600");
        Finding staffing = option("CR-06", "Additional staffing", "500");
        SavingsPlan plan = SavingsPlan.best(List.of(framework, staffing), OVERLAPS, InHousePlaces.NONE,
                new BigDecimal("40000"));
        // then only the larger counts: adding the second would take 57,200 off a 40,000 cost
        assertThat(plan.counted()).containsExactly(framework);
        assertThat(plan.councilReduction().fullYear()).isEqualByComparingTo("31200");
        assertThat(plan.notCountedBecause(staffing))
                .isEqualTo("the options counted before it already come to the council's net annual cost");
        assertThat(SavingsPlan.best(List.of(framework), OVERLAPS, InHousePlaces.NONE, new BigDecimal("-100"))
                .counted()).isEmpty();
    }

    @Test
    void savingsAndCostRecoveredAreTotalledApartAndAddToTheCouncilReduction() {
        // given a core-fee saving of 600 a week and a health contribution sought of 350 a week (whole package: none)
        Finding framework = option("CR-04", "Framework rate", "600");
        Finding health = new CostOption("P-1", "AP-13", "seek", "policy", "Health contribution", Effect.RECOVERY,
                savings("350"), null, Map.of());
        SavingsPlan plan = SavingsPlan.best(List.of(framework, health), OVERLAPS);
        // then both count: saving 31,200 + recovered 18,200 = 49,400 a year less council spend
        assertThat(plan.saving().fullYear()).isEqualByComparingTo("31200");
        assertThat(plan.recovery().fullYear()).isEqualByComparingTo("18200");
        assertThat(plan.councilReduction().fullYear()).isEqualByComparingTo("49400");
        assertThat(plan.councilReduction().weekly()).isEqualByComparingTo("950");
    }

    @Test
    void aPartThatLosesToAWholePackageOptionSaysSo() {
        Finding fee = option("CR-03", "Fee level", "1200");
        Finding framework = option("CR-04", "Framework rate", "600");
        Finding uplift = option("CR-07", "Fee uplift", "100");
        SavingsPlan plan = SavingsPlan.best(List.of(fee, framework, uplift), OVERLAPS);
        assertThat(plan.notCountedBecause(framework)).isEqualTo("part of the whole package, which CR-03 reduces by more on its own");
        assertThat(plan.notCountedBecause(uplift)).isEqualTo("same part of the cost (core fee) as CR-04, which saves more");
        Finding smallFee = option("CR-03", "Fee level", "500");
        SavingsPlan parts = SavingsPlan.best(List.of(smallFee, framework), OVERLAPS);
        assertThat(parts.counted()).containsExactly(framework);
        assertThat(parts.notCountedBecause(smallFee))
                .isEqualTo("whole-package option: the options on separate parts (CR-04) save more together");
    }

    static CostOption option(String ruleId, String family, String weekly) {
        BigDecimal w = new BigDecimal(weekly);
        Savings s = new Savings(w, w.multiply(BigDecimal.TEN), w.multiply(BigDecimal.valueOf(52)));
        return new CostOption("P-1", ruleId, ruleId + " title", "policy", family, s, null, Map.of());
    }

    private static Savings savings(String weekly) {
        BigDecimal w = new BigDecimal(weekly);
        return new Savings(w, w.multiply(BigDecimal.TEN), w.multiply(BigDecimal.valueOf(52)));
    }

    private static StepDownCandidate candidate(StepDownRoute route, String weekly) {
        return new StepDownCandidate("P-1", "SD-40", route.route(), "policy", "Step-down", route,
                CandidateStatus.CANDIDATE, null, savings(weekly), null, Map.of());
    }

    private static CapacityAllocation allocation(StepDownRoute route, CapacityStatus status) {
        return new CapacityAllocation("P-1", "CAP-01", "title", "policy", "Step-down capacity", route.route(),
                route.capacityPool(), route.targetLabel(), status, 1, Savings.ZERO, Map.of());
    }

    private static StepDownRoute route(String name, String pool, int preference) {
        return new StepDownRoute(name, name, Set.of(PlacementType.EXTERNAL_CHILDRENS_HOME), 0, 17, Set.of(), false,
                pool.equals("none") ? PlacementType.IFA : PlacementType.IN_HOUSE_FOSTER, pool, preference,
                new BigDecimal("646"), 52, List.of("setting"), "test");
    }
}
