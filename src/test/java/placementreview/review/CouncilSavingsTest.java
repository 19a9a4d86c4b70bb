package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.Capacity;
import placementreview.model.CaseFile;
import placementreview.model.ChildView;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.Effect;
import placementreview.model.FinancialYear;
import placementreview.model.Finding;
import placementreview.model.PermanenceGoal;
import placementreview.model.Placement;
import placementreview.testing.PlacementBuilder;
import placementreview.testing.TestRules;

/** Savings are the council's: worked out against its net cost, recovery apart from savings, over the real rules. */
class CouncilSavingsTest {
    private static Review review(Capacity capacity, Placement... placements) {
        CaseFile caseFile = new CaseFile("Test", LocalDate.of(2026, 11, 23), FinancialYear.containing(
                LocalDate.of(2026, 11, 23)), capacity, List.of(placements), List.of());
        return TestRules.service().review(caseFile, new ReviewOptions(15, RankBy.COST, 2));
    }

    /** An external children's home with no step-down route open and only the per-type benchmark (£6,120) to apply. */
    private static PlacementBuilder residential(String id) {
        return placement().id(id).provider("PRV-01", true).needUnknown(DstDomain.BREATHING)
                .goal(PermanenceGoal.RESIDENTIAL).childView(ChildView.OPPOSED);
    }

    private static Finding finding(RankedPlacement r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aSavingIsAtMostWhatTheCouncilPays() {
        // given £8,000 a week with Health paying £7,000: the council pays £1,000 a week, £52,000 a year
        Review r = review(Capacity.UNKNOWN, residential("P-A").core("8000.00").healthContribution("7000.00").build());
        RankedPlacement p = r.ranked().get(0);
        // then the benchmark option (8000 - 6120 = £1,880 a week) saves the council at most its £1,000 a week
        assertThat(finding(p, "CR-02").savings().weekly()).isEqualByComparingTo("1000.00");
        assertThat(p.bestFullYearSaving()).isEqualByComparingTo("52000.00");
        assertThat(p.councilReduction().fullYear()).isLessThanOrEqualTo(p.netAnnualCost());
        assertThat(finding(p, "CR-02").evidence()).containsEntry("cappedAtCouncilNetWeeklyCost",
                "1000.00 (option's own figure 1880.00)");
    }

    @Test
    void healthAndEducationContributionsAreOnDifferentPartsAndAdd() {
        // given therapy £350 (Health's: continuing care need likely) and education £900 (Education's: EHCP), neither
        // paid for by its partner
        Review r = review(Capacity.UNKNOWN, residential("P-A").core("5000.00").therapy("350.00").education("900.00")
                .ehcp(true).need(DstDomain.SEIZURES, DstLevel.PRIORITY).healthContribution("0")
                .educationContribution("0").build());
        RankedPlacement p = r.ranked().get(0);
        // then both are cost recovered from partners, both counted: (350 + 900) x 52 = £65,000 a year
        assertThat(finding(p, "AP-13").effect()).isEqualTo(Effect.RECOVERY);
        assertThat(finding(p, "AP-14").effect()).isEqualTo(Effect.RECOVERY);
        assertThat(p.recovery().weekly()).isEqualByComparingTo("1250.00");
        assertThat(p.recovery().fullYear()).isEqualByComparingTo("65000.00");
        // (the £6,250 package is below the £8,000 benchmark for a child with complex needs: no saving option)
        assertThat(p.savingsPlan().counted()).extracting(Finding::ruleId).containsExactlyInAnyOrder("AP-13", "AP-14");
        assertThat(p.bestSaving().fullYear()).isEqualByComparingTo("0");
        assertThat(p.councilReduction().fullYear()).isEqualByComparingTo("65000.00");
    }

    @Test
    void savingsAndCostRecoveredAreTotalledApartAndAddUpToTheCouncilReduction() {
        // given P-A saves (7000 - 6120) x 52 = £45,760 and P-B recovers Health's therapy share 400 x 52 = £20,800
        Review r = review(Capacity.UNKNOWN, residential("P-A").core("7000.00").build(),
                residential("P-B").core("3000.00").therapy("400.00").need(DstDomain.SEIZURES, DstLevel.PRIORITY)
                        .healthContribution("0").build());
        CostTotals t = r.caseloadTotals();
        assertThat(t.bestSaving().fullYear()).isEqualByComparingTo("45760.00");
        assertThat(t.recovery().fullYear()).isEqualByComparingTo("20800.00");
        assertThat(t.councilReduction().fullYear()).isEqualByComparingTo("66560.00");
        assertThat(t.councilReduction().inYear()).isEqualByComparingTo(t.bestSaving().inYear().add(t.recovery().inYear()));
        assertThat(t.byFamily()).filteredOn(f -> f.effect() == Effect.RECOVERY).extracting(FamilyTotal::family)
                .containsExactly("Health contribution");
    }

    @Test
    void contributionsAboveTheCostAreADataQualityFindingNeverASaving() {
        // given a £7,000 package (above the £6,120 benchmark) with £8,000 a week of contributions recorded
        Review r = review(Capacity.UNKNOWN, residential("P-A").core("7000.00").healthContribution("5000.00")
                .educationContribution("3000.00").build());
        RankedPlacement p = r.ranked().get(0);
        // then AP-18 asks for the contributions to be checked and nothing is counted
        assertThat(finding(p, "AP-18").title()).contains("£8,000.00 a week towards a £7,000.00 package");
        assertThat(finding(p, "CR-02").savings()).isNull();
        assertThat(finding(p, "CR-02").notQuantifiable()).contains("contributions exceed the weekly cost");
        assertThat(p.councilReduction().fullYear()).isEqualByComparingTo("0");
        // and a package whose contributions are below its cost has no such finding
        Review fine = review(Capacity.UNKNOWN, residential("P-B").core("7000.00").healthContribution("5000.00").build());
        assertThat(fine.ranked().get(0).findings()).extracting(Finding::ruleId).doesNotContain("AP-18");
    }

    @Test
    void aChildAwaitingAnInHousePlaceCountsItsOpenIfaRouteAndCap02StatesOnlyTheDifference() {
        // given one in-house foster vacancy and two step-down candidates: P-B saves more, so gets the place
        Review r = review(new Capacity(1, null, null), candidate("P-A", "5000.00"), candidate("P-B", "6000.00"));
        RankedPlacement b = r.ranked().get(0);
        RankedPlacement a = r.ranked().get(1);
        // then P-B counts its in-house foster route: (6000 - 646) x 52 = £278,408
        assertThat(b.bestFullYearSaving()).isEqualByComparingTo("278408.00");
        // P-A awaits the place, so counts its open IFA route: (5000 - 820) x 52 = £217,360
        assertThat(a.bestFullYearSaving()).isEqualByComparingTo("217360.00");
        // the one vacancy is counted once: 278,408 + 217,360 = £495,768
        assertThat(r.caseloadTotals().bestSaving().fullYear()).isEqualByComparingTo("495768.00");
        // CAP-02: one more place would add (820 - 646) x 52 = £9,048 a year, not the route's whole £226,408
        Finding cap02 = r.portfolio().stream().filter(f -> f.ruleId().equals("CAP-02")).findFirst().orElseThrow();
        assertThat(cap02.savings().fullYear()).isEqualByComparingTo("9048.00");
        assertThat(cap02.title()).contains("1 more place(s) would save £9,048.00 a year more than is counted now");
    }

    private static Placement candidate(String id, String core) {
        return placement().id(id).core(core).provider("PRV-01", true).goal(PermanenceGoal.LONG_TERM_FOSTERING)
                .childView(ChildView.OPEN).start("2025-01-06").bornIn("2014-05").seriousIncidents().missingEpisodes()
                .schoolAttendance(95).familyTimeSupportsMove(true).riskFlags().distance(5, false).build();
    }
}
