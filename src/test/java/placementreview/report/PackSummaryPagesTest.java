package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import placementreview.model.CapacityAllocation;
import placementreview.model.CaseFile;
import placementreview.model.Money;
import placementreview.model.PortfolioFinding;
import placementreview.model.Savings;
import placementreview.report.PackForecast.Cell;
import placementreview.report.PackForecast.SlipRow;
import placementreview.review.FamilyTotal;
import placementreview.review.Forecast;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/**
 * The pack's summary pages on the demo caseload: every total is the sum of the figures its page shows, and every
 * "not counted" comes with the review's own reason.
 */
class PackSummaryPagesTest {
    private static Review review;

    @BeforeAll
    static void reviewTheDemo() {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(Path.of("cases/demo/demo-authority.json")), null);
        review = service.review(caseFile, ReviewOptions.defaults());
    }

    private static BigDecimal sum(List<RankedPlacement> placements, Function<RankedPlacement, BigDecimal> figure) {
        return placements.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theTopAndTheRestOfTheCaseloadAddUpToTheWholeCaseload() {
        PackTotals totals = PackTotals.of(review);

        assertThat(totals.rows()).extracting(PackTotals.Row::label)
                .containsExactly("Top 15", "Rest of the caseload", "Whole caseload");
        PackTotals.Row top = totals.rows().get(0);
        PackTotals.Row rest = totals.rows().get(1);
        PackTotals.Row whole = totals.rows().get(2);
        List<RankedPlacement> beyondTop = review.ranked().subList(15, review.ranked().size());
        assertThat(rest.placements()).isEqualTo(beyondTop.size());
        assertThat(rest.netAnnualCost()).isEqualByComparingTo(sum(beyondTop, RankedPlacement::netAnnualCost));
        assertThat(rest.weeklyCost()).isEqualByComparingTo(sum(beyondTop, RankedPlacement::weeklyCost));
        assertThat(rest.councilReduction().fullYear())
                .isEqualByComparingTo(sum(beyondTop, r -> r.councilReduction().fullYear()));
        assertThat(top.netAnnualCost().add(rest.netAnnualCost())).isEqualByComparingTo(whole.netAnnualCost());
        assertThat(top.costToYearEnd().add(rest.costToYearEnd())).isEqualByComparingTo(whole.costToYearEnd());
        assertThat(top.saving().fullYear().add(rest.saving().fullYear())).isEqualByComparingTo(whole.saving().fullYear());
        assertThat(top.recovery().inYear().add(rest.recovery().inYear())).isEqualByComparingTo(whole.recovery().inYear());
        assertThat(whole.netAnnualCost()).isEqualByComparingTo(sum(review.ranked(), RankedPlacement::netAnnualCost));
    }

    @Test
    void theFamiliesTotalAddsTheFamiliesAndIsTheCaseloadsReductionInTheCouncilsSpend() {
        PackTotals totals = PackTotals.of(review);

        BigDecimal fullYear = totals.families().stream().map(FamilyTotal::fullYearSaving)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totals.familiesTotal().fullYearSaving()).isEqualByComparingTo(fullYear);
        assertThat(totals.familiesTotal().optionsFound())
                .isEqualTo(totals.families().stream().mapToInt(FamilyTotal::optionsFound).sum());
        Savings reduction = review.caseloadTotals().councilReduction();
        assertThat(totals.familiesTotal().fullYearSaving()).isEqualByComparingTo(reduction.fullYear());
        assertThat(totals.familiesTotal().inYearSaving()).isEqualByComparingTo(reduction.inYear());
    }

    @Test
    void theForecastTableShowsGrossLessContributionsAsNetAndEachOutturnAgainstTheBudget() {
        Forecast f = review.forecast();
        PackForecast forecast = PackForecast.of(f);

        assertThat(forecast.outturn()).extracting(PackForecast.Line::label).containsExactly("Gross cost",
                "Less health and education contributions", "Net cost to the council");
        for (PackForecast.Line line : forecast.outturn()) {
            assertThat(line.amounts().costToDate().add(line.amounts().committed()))
                    .as(line.label()).isEqualByComparingTo(line.amounts().outturn());
        }
        assertThat(f.gross().outturn().subtract(f.contributions().outturn())).isEqualByComparingTo(f.net().outturn());
        assertThat(f.gross().committed().subtract(f.contributions().committed()))
                .isEqualByComparingTo(f.net().committed());
        BigDecimal over = f.gross().outturn().subtract(f.budget());
        assertThat(forecast.outturn().get(0).variance()).isEqualTo(new Cell(Money.gbp(over), "over budget ("
                + over.multiply(BigDecimal.valueOf(100)).divide(f.budget(), 1, java.math.RoundingMode.HALF_UP)
                + "%)"));
        assertThat(forecast.outturn().get(1).variance()).isNull();
        assertThat(forecast.budget()).isEqualByComparingTo(f.budget());
    }

    @Test
    void theSlipTableHasAColumnPerScenarioAndTheOutturnIsTheForecastPlusWhatTheSlipAdds() {
        Forecast f = review.forecast();
        PackForecast forecast = PackForecast.of(f);

        assertThat(forecast.scenarios()).containsExactly("4 weeks", "12 weeks", "26 weeks");
        assertThat(forecast.slips()).extracting(SlipRow::label).containsExactly("Extra gross cost", "Extra net cost",
                "Gross outturn", "Gross variance against the budget", "Net outturn",
                "Net variance against the budget", "Costliest slips (gross)");
        assertThat(forecast.slips()).allSatisfy(row -> assertThat(row.cells()).hasSize(3));
        for (int i = 0; i < 3; i++) {
            var s = f.slips().get(i);
            assertThat(forecast.slips().get(2).cells().get(i).value())
                    .isEqualTo(Money.gbp(f.gross().outturn().add(s.extraCost())));
            assertThat(forecast.slips().get(4).cells().get(i).value())
                    .isEqualTo(Money.gbp(f.net().outturn().add(s.extraNetCost())));
            assertThat(forecast.slips().get(6).cells().get(i).value())
                    .startsWith(s.costliest().get(0).placementId() + " ");
        }
    }

    @Test
    void withoutABudgetTheForecastSaysSoAndShowsNoVariance() {
        PackForecast forecast = PackForecast.of(ForecastChartTest.forecast(null,
                List.of(ForecastChartTest.slip(4, "950", "820"))));

        assertThat(forecast.budgetNote()).startsWith("No placement budget in the case file");
        assertThat(forecast.budget()).isNull();
        assertThat(forecast.outturn()).allSatisfy(line -> assertThat(line.variance()).isNull());
        assertThat(forecast.slips()).extracting(SlipRow::label).doesNotContain("Gross variance against the budget",
                "Net variance against the budget");
    }

    @Test
    void theCountedStepDownRoutesAddUpToTheStepDownFamilysCountedTotal() {
        PackStepDown stepDown = PackStepDown.of(review);

        Savings counted = stepDown.routes().stream().filter(PackStepDown.Route::counted)
                .map(PackStepDown.Route::saving).reduce(Savings.ZERO, Savings::plus);
        assertThat(stepDown.counted()).isEqualTo(counted);
        FamilyTotal stepDownFamily = review.caseloadTotals().byFamily().stream()
                .filter(f -> f.family().equals("Step-down")).findFirst().orElseThrow();
        assertThat(counted.fullYear()).isEqualByComparingTo(stepDownFamily.fullYearSaving());
        assertThat(stepDown.routes().stream().filter(PackStepDown.Route::counted).count())
                .isEqualTo(stepDownFamily.placementsCounted());
    }

    @Test
    void aRouteAwaitingAnInHousePlaceIsNotCountedAndSaysSoInTheReviewsWords() {
        PackStepDown stepDown = PackStepDown.of(review);

        List<PackStepDown.Route> awaiting = stepDown.routes().stream()
                .filter(r -> r.capacity().equals("awaiting an in-house place")).toList();
        assertThat(awaiting).isNotEmpty().allSatisfy(r -> {
            assertThat(r.counted()).isFalse();
            assertThat(r.countedOrNot()).startsWith("not counted: awaiting an in-house place (");
        });
        assertThat(stepDown.routes()).filteredOn(PackStepDown.Route::counted).allSatisfy(r -> {
            assertThat(r.capacity()).isIn("in-house place allocated", "no in-house place needed");
            assertThat(r.countedOrNot()).isEqualTo("counted in the best saving");
        });
        assertThat(stepDown.routes()).filteredOn(r -> !r.counted())
                .allSatisfy(r -> assertThat(r.countedOrNot()).startsWith("not counted: ").hasSizeGreaterThan(14));
        // a link only for the placements in the pack
        assertThat(stepDown.routes()).allSatisfy(r -> assertThat(r.anchor() != null).isEqualTo(
                review.top().stream().anyMatch(t -> t.placement().id().equals(r.placementId()))));
    }

    @Test
    void eachSettingListsWhoGotAPlaceAndWhoWaitsAndCap02sFigureForTheWaitingOnes() {
        PackStepDown stepDown = PackStepDown.of(review);

        List<CapacityAllocation> allocations = review.portfolio().stream()
                .filter(CapacityAllocation.class::isInstance).map(CapacityAllocation.class::cast).toList();
        assertThat(stepDown.decisions()).hasSameSizeAs(allocations);
        for (PackStepDown.Setting setting : stepDown.settings()) {
            assertThat(setting.allocated().size()).as(setting.setting())
                    .isLessThanOrEqualTo(Integer.parseInt(setting.places()));
            List<String> ranks = stepDown.decisions().stream()
                    .filter(d -> d.setting().equals(setting.setting()) && !d.rank().equals("not competing"))
                    .map(PackStepDown.Decision::rank).toList();
            assertThat(ranks).as("in rank order").isSortedAccordingTo(
                    java.util.Comparator.comparingInt(r -> Integer.parseInt(r.substring(0, r.indexOf(' ')))));
            if (setting.awaiting().isEmpty()) {
                assertThat(setting.morePlacesWouldSave()).isNull();
            } else {
                PortfolioFinding cap02 = review.portfolio().stream().filter(f -> f.ruleId().equals("CAP-02"))
                        .map(PortfolioFinding.class::cast).filter(f -> f.placementIds().equals(setting.awaiting()))
                        .findFirst().orElseThrow();
                assertThat(setting.morePlacesWouldSave()).isEqualTo(cap02.savings());
                assertThat(setting.morePlacesRuleId()).isEqualTo("CAP-02");
            }
        }
        assertThat(stepDown.settings()).anySatisfy(s -> assertThat(s.awaiting()).isNotEmpty());
    }

    @Test
    void caseloadFindingsAreGroupedByFamilyWithIndicativeSavingsTotalledAndWhyTheyAreNotCounted() {
        PackCaseload caseload = PackCaseload.of(review);

        List<PortfolioFinding> expected = review.portfolio().stream().filter(PortfolioFinding.class::isInstance)
                .map(PortfolioFinding.class::cast).filter(f -> !f.family().equals("Step-down capacity")).toList();
        assertThat(caseload.groups().stream().mapToInt(g -> g.rows().size()).sum()).isEqualTo(expected.size());
        assertThat(caseload.groups()).extracting(PackCaseload.Group::family)
                .containsExactly("Provider concentration", "Block contract", "Spend concentration");
        PackCaseload.Group blocks = caseload.groups().get(1);
        Savings total = expected.stream().filter(f -> f.family().equals("Block contract"))
                .map(PortfolioFinding::savings).reduce(Savings.ZERO, Savings::plus);
        assertThat(blocks.total()).isEqualTo(total);
        assertThat(blocks.notCounted()).isEqualTo("a caseload estimate, not part of any placement's saving");
        assertThat(caseload.groups().get(0).total()).as("provider concentration has no £ figure").isNull();
        assertThat(blocks.rows()).allSatisfy(row -> {
            assertThat(row.ruleId()).isEqualTo("PF-03");
            assertThat(row.title()).startsWith(row.placements().size() + " children with ");
        });
    }

    @Test
    void eachPlacementsCountedOptionsAddUpToItsBestReductionAndTheOthersSayWhyNot() {
        for (RankedPlacement r : review.top()) {
            PackPlacement p = PackPlacement.of(r, review.context());
            Savings counted = p.quantified().stream().filter(PackPlacement.Option::counted)
                    .map(PackPlacement.Option::savings).reduce(Savings.ZERO, Savings::plus);
            assertThat(counted.fullYear()).as(p.id()).isEqualByComparingTo(r.councilReduction().fullYear());
            assertThat(counted.inYear()).as(p.id()).isEqualByComparingTo(r.councilReduction().inYear());
            assertThat(p.quantified()).filteredOn(o -> !o.counted())
                    .allSatisfy(o -> assertThat(o.countedOrNot()).startsWith("Not counted: "));
        }
        assertThat(review.top()).anySatisfy(r -> assertThat(PackPlacement.of(r, review.context()).quantified())
                .anySatisfy(o -> assertThat(o.countedOrNot()).contains("which saves more")));
    }
}
