package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import placementreview.model.Capacity;
import placementreview.model.CapacityAllocation;
import placementreview.model.CapacityStatus;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.Placement;
import placementreview.model.PlacementType;
import placementreview.testing.PlacementBuilder;

/**
 * Every caseload rule (rules/portfolio/), given a caseload → then, boundary twins side by side. Thresholds from
 * reference/parameters-portfolio-providers.csv: provider-many-placements 4, provider-spend-share-pct 10,
 * block-contract-min-children 3, panel-top-n 15; very-high-cost-weekly £10,000 (parameters.csv).
 */
class PortfolioRulesTest {

    @Test
    void pf01AProviderWithTheMinimumNumberOfPlacements() {
        verifyRule("PF-01").givenCaseload(withProvider("PRV-1", 4, "1000.00")).firesTimes(1)
                .withTitleContaining("PRV-1 holds 4 of our placements");
        verifyRule("PF-01").givenCaseload(withProvider("PRV-1", 3, "1000.00")).doesNotFire();
    }

    @Test
    void pf01CountsOnlyBoughtPlacements() {
        List<Placement> inHouse = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inHouse.add(placement().id("P-IH" + i).type(PlacementType.IN_HOUSE_FOSTER).provider("LA", null).build());
        }
        verifyRule("PF-01").givenCaseload(inHouse).doesNotFire();
    }

    @Test
    void pf02AProviderAtTheSpendShareAndNotAPennyBelow() {
        List<Placement> exactlyTen = new ArrayList<>(withProvider("PRV-BIG", 1, "1000.00"));
        exactlyTen.addAll(inHouse("9000.00"));
        verifyRule("PF-02").givenCaseload(exactlyTen).firesTimes(1).withTitleContaining("PRV-BIG takes 10.0%");
        List<Placement> below = new ArrayList<>(withProvider("PRV-BIG", 1, "999.99"));
        below.addAll(inHouse("9000.00"));
        verifyRule("PF-02").givenCaseload(below).doesNotFire();
    }

    @Test
    void pf03TheMinimumChildrenWithOneProviderTypeAndBand() {
        verifyRule("PF-03").givenCaseload(withProvider("PRV-1", 3, "1000.00")).firesTimes(1);
        verifyRule("PF-03").givenCaseload(withProvider("PRV-1", 2, "1000.00")).doesNotFire();
        List<Placement> mixedBands = new ArrayList<>(withProvider("PRV-1", 2, "1000.00"));
        mixedBands.add(placement().id("P-OTHER").type(PlacementType.IFA).provider("PRV-1", false).core("1000.00")
                .need(DstDomain.MOBILITY, DstLevel.MODERATE).build());
        verifyRule("PF-03").givenCaseload(mixedBands).doesNotFire();
    }

    @Test
    void pf04ReportsThePanelsTopShareWheneverThereArePlacements() {
        verifyRule("PF-04").givenCaseload(withProvider("PRV-1", 1, "1000.00")).firesTimes(1)
                .withTitleContaining("The top 15 placements");
        verifyRule("PF-04").givenCaseload(List.of()).doesNotFire();
    }

    @Test
    void pf05AtTheVeryHighCostThresholdAndNotAPennyBelow() {
        verifyRule("PF-05").givenCaseload(withProvider("PRV-1", 1, "10000.00")).firesTimes(1)
                .withTitleContaining("1 placements cost £10,000.00 a week or more");
        verifyRule("PF-05").givenCaseload(withProvider("PRV-1", 1, "9999.99")).doesNotFire();
    }

    // CAP-01 / CAP-02: in-house places for step-down candidates (the default placement is a residential candidate
    // for in-house foster care, the route that needs a foster vacancy)
    @Test
    void cap01GivesThePlacesToTheLargestSavingAndCap02CountsThoseStillWaiting() {
        PlacementBuilder[] two = {candidate("P-A", "5000.00"), candidate("P-B", "6000.00")};
        List<CapacityAllocation> oneVacancy = verifyRule("CAP-01").withCapacity(new Capacity(1, null, null))
                .givenCaseload(two).fires().findings().stream().map(CapacityAllocation.class::cast)
                .filter(a -> a.capacityPool().equals("inHouseFosterVacancies")).toList();
        assertThat(oneVacancy).extracting(CapacityAllocation::placementId, CapacityAllocation::status)
                .containsExactly(Tuple.tuple("P-B", CapacityStatus.ALLOCATED),
                        Tuple.tuple("P-A", CapacityStatus.AWAITING_CAPACITY));
        // in-house foster £646.00 at 2016-17 x 134.4 / 100.0 = £868.22 at 2026-27 prices;
        // (5000 - 868.22) x 52 = 214,852.56 a year
        verifyRule("CAP-02").withCapacity(new Capacity(1, null, null)).givenCaseload(two).firesTimes(1)
                .withFullYearSaving("214852.56").withTitleContaining("1 step-down candidate(s) await a place");
        verifyRule("CAP-02").withCapacity(new Capacity(2, null, null)).givenCaseload(two).doesNotFire();
    }

    @Test
    void cap01NeedsAStepDownCandidate() {
        verifyRule("CAP-01").withCapacity(new Capacity(1, null, null))
                .givenCaseload(placement().type(PlacementType.IN_HOUSE_FOSTER).core("600.00")).doesNotFire();
    }

    private static PlacementBuilder candidate(String id, String core) {
        return placement().id(id).core(core);
    }

    private static List<Placement> withProvider(String ref, int count, String core) {
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(placement().id(ref + "-" + i).type(PlacementType.IFA).provider(ref, false).core(core)
                    .need(DstDomain.SEIZURES, DstLevel.SEVERE).build());
        }
        return out;
    }

    private static List<Placement> inHouse(String core) {
        return List.of(placement().id("P-IH").type(PlacementType.IN_HOUSE_CHILDRENS_HOME).provider("LA", null)
                .core(core).build());
    }
}
