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
        return review(TestRules.service(), capacity, placements);
    }

    private static Review review(ReviewService service, Capacity capacity, Placement... placements) {
        CaseFile caseFile = new CaseFile("Test", LocalDate.of(2026, 11, 23), FinancialYear.containing(
                LocalDate.of(2026, 11, 23)), capacity, List.of(placements), List.of());
        return service.review(caseFile, new ReviewOptions(15, RankBy.COST, 2));
    }

    /**
     * An external children's home with no step-down route open and only the per-type benchmark to apply: £6,120.00
     * at 2023-24 prices x 134.4 / 123.0 = £6,687.22 at 2026-27 prices; a fee-level saving is 50% of the gap.
     */
    private static PlacementBuilder residential(String id) {
        return placement().id(id).provider("PRV-01", true).needUnknown(DstDomain.BREATHING)
                .goal(PermanenceGoal.RESIDENTIAL).childView(ChildView.OPPOSED);
    }

    private static Finding finding(RankedPlacement r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aSavingIsAtMostWhatTheCouncilPays() {
        // given £9,000 a week with Health paying £8,500: the council pays £500 a week, £26,000 a year
        Review r = review(Capacity.UNKNOWN, residential("P-A").core("9000.00").healthContribution("8500.00").build());
        RankedPlacement p = r.ranked().get(0);
        // then the benchmark option ((9000 - 6687.22) x 50% = £1,156.39 a week) saves the council at most its £500
        assertThat(finding(p, "CR-02").savings().weekly()).isEqualByComparingTo("500.00");
        assertThat(p.bestFullYearSaving()).isEqualByComparingTo("26000.00");
        assertThat(p.councilReduction().fullYear()).isLessThanOrEqualTo(p.netAnnualCost());
        assertThat(finding(p, "CR-02").evidence()).containsEntry("cappedAtCouncilNetWeeklyCost",
                "500.00 (option's own figure 1156.39)");
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
        // (the £6,250 package is below the £8,741.46 benchmark for a child with complex needs: no saving option)
        assertThat(p.savingsPlan().counted()).extracting(Finding::ruleId).containsExactlyInAnyOrder("AP-13", "AP-14");
        assertThat(p.bestSaving().fullYear()).isEqualByComparingTo("0");
        assertThat(p.councilReduction().fullYear()).isEqualByComparingTo("65000.00");
    }

    @Test
    void savingsAndCostRecoveredAreTotalledApartAndAddUpToTheCouncilReduction() {
        // given P-A saves (7687.22 - 6687.22) x 50% x 52 = £26,000 and P-B recovers Health's therapy share
        // 400 x 52 = £20,800
        Review r = review(Capacity.UNKNOWN, residential("P-A").core("7687.22").build(),
                residential("P-B").core("3000.00").therapy("400.00").need(DstDomain.SEIZURES, DstLevel.PRIORITY)
                        .healthContribution("0").build());
        CostTotals t = r.caseloadTotals();
        assertThat(t.bestSaving().fullYear()).isEqualByComparingTo("26000.00");
        assertThat(t.recovery().fullYear()).isEqualByComparingTo("20800.00");
        assertThat(t.councilReduction().fullYear()).isEqualByComparingTo("46800.00");
        assertThat(t.councilReduction().inYear()).isEqualByComparingTo(t.bestSaving().inYear().add(t.recovery().inYear()));
        assertThat(t.byFamily()).filteredOn(f -> f.effect() == Effect.RECOVERY).extracting(FamilyTotal::family)
                .containsExactly("Health contribution");
    }

    @Test
    void theAchievableShareTheCouncilSetsIsTheShareOfTheGapInSavingsAndTotals(@org.junit.jupiter.api.io.TempDir
                                                                               java.nio.file.Path tmp) {
        // given a £1,000 gap to the benchmark, the shipped 50% share and a council's 80%
        Placement a = residential("P-A").core("7687.22").build();
        Review half = review(Capacity.UNKNOWN, a);
        Review eighty = review(new ReviewService(TestRules.edited(tmp, "reference/parameters.csv",
                csv -> csv.replace("negotiation-achievable-share-pct,50,", "negotiation-achievable-share-pct,80,"))),
                Capacity.UNKNOWN, a);
        // then the option, the placement's best saving and the totals are that share of the gap: 500 and 800 a week
        assertThat(finding(half.ranked().get(0), "CR-02").savings().weekly()).isEqualByComparingTo("500.00");
        assertThat(half.caseloadTotals().bestSaving().fullYear()).isEqualByComparingTo("26000.00");
        assertThat(finding(eighty.ranked().get(0), "CR-02").savings().weekly()).isEqualByComparingTo("800.00");
        assertThat(eighty.caseloadTotals().bestSaving().fullYear()).isEqualByComparingTo("41600.00");
        assertThat(eighty.caseloadTotals().byFamily()).filteredOn(f -> f.family().equals("Fee level"))
                .singleElement().satisfies(f -> assertThat(f.fullYearSaving()).isEqualByComparingTo("41600.00"));
        // and the review says which share it applied
        assertThat(half.benchmarks().sharePct()).isEqualTo("50%");
        assertThat(eighty.benchmarks().sharePct()).isEqualTo("80%");
        assertThat(finding(eighty.ranked().get(0), "CR-02").title()).contains("expecting 80% of the gap");
    }

    @Test
    void contributionsAboveTheCostAreADataQualityFindingNeverASaving() {
        // given a £7,000 package (above the £6,687.22 benchmark) with £8,000 a week of contributions recorded
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
        // (targets at 2026-27 prices: in-house foster £868.22, IFA £978.76)
        // then P-B counts its in-house foster route: (6000 - 868.22) x 52 = £266,852.56
        assertThat(b.bestFullYearSaving()).isEqualByComparingTo("266852.56");
        // P-A awaits the place, so counts its open IFA route: (5000 - 978.76) x 52 = £209,104.48
        assertThat(a.bestFullYearSaving()).isEqualByComparingTo("209104.48");
        // the one vacancy is counted once: 266,852.56 + 209,104.48 = £475,957.04
        assertThat(r.caseloadTotals().bestSaving().fullYear()).isEqualByComparingTo("475957.04");
        // CAP-02: one more place would add (978.76 - 868.22) x 52 = £5,748.08 a year, not the route's whole £214,852.56
        Finding cap02 = r.portfolio().stream().filter(f -> f.ruleId().equals("CAP-02")).findFirst().orElseThrow();
        assertThat(cap02.savings().fullYear()).isEqualByComparingTo("5748.08");
        assertThat(cap02.title()).contains("1 more place(s) would save £5,748.08 a year more than is counted now");
    }

    private static Placement candidate(String id, String core) {
        return placement().id(id).core(core).provider("PRV-01", true).goal(PermanenceGoal.LONG_TERM_FOSTERING)
                .childView(ChildView.OPEN).start("2025-01-06").bornIn("2014-05").seriousIncidents().missingEpisodes()
                .schoolAttendance(95).familyTimeSupportsMove(true).riskFlags().distance(5, false).build();
    }
}
