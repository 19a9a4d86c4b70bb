package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import placementreview.model.ComplianceFinding;
import placementreview.model.CostOption;
import placementreview.model.Finding;
import placementreview.model.SavingOverlap;
import placementreview.model.Savings;

class SavingsPlanTest {
    private static final SavingOverlaps OVERLAPS = new SavingOverlaps(List.of(
            new SavingOverlap("Fee level", "whole package", "test"),
            new SavingOverlap("Framework rate", "core fee", "test"),
            new SavingOverlap("Fee uplift", "core fee", "test"),
            new SavingOverlap("Additional staffing", "additional staffing", "test")));

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

    static CostOption option(String ruleId, String family, String weekly) {
        BigDecimal w = new BigDecimal(weekly);
        Savings s = new Savings(w, w.multiply(BigDecimal.TEN), w.multiply(BigDecimal.valueOf(52)));
        return new CostOption("P-1", ruleId, ruleId + " title", "policy", family, s, null, Map.of());
    }
}
