package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.engine.Rulebase;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.MarketRate;
import placementreview.model.NeedBand;
import placementreview.model.PlacementSummary;
import placementreview.review.Market;
import placementreview.testing.PlacementBuilder;
import placementreview.testing.TestRules;

/**
 * The need band reads the continuing-care checklist's thresholds from rules/reference: a council that lowers
 * cc-checklist-high-domains moves a child with two high domains from ELEVATED to COMPLEX in the fee-level rules, the
 * council's market and the caseload rules alike, as CC-01 then refers the child.
 */
class NeedBandThresholdsTest {
    @TempDir
    Path tmp;

    private static PlacementBuilder twoHighDomains() {
        return placement().need(DstDomain.PSYCHOLOGICAL, DstLevel.HIGH).need(DstDomain.CHALLENGING_BEHAVIOUR,
                DstLevel.HIGH).core("9000.00");
    }

    @Test
    void aLowerChecklistThresholdInTheReferenceTableMovesTheBand() {
        verifyRule("CR-03").given(twoHighDomains()).fires().withEvidence("band", "ELEVATED");
        verifyRule("CC-01").given(twoHighDomains()).doesNotFire();

        Rulebase lower = TestRules.edited(tmp, "reference/parameters-continuing-care.csv",
                csv -> csv.replace("cc-checklist-high-domains,3,", "cc-checklist-high-domains,2,"));
        verifyRule("CR-03").withRules(lower).given(twoHighDomains()).fires().withEvidence("band", "COMPLEX")
                .withTitleContaining("at COMPLEX need");
        verifyRule("CC-01").withRules(lower).given(twoHighDomains()).fires();

        List<MarketRate> market = Market.of(List.of(twoHighDomains().build()), lower.reference().needBands());
        assertThat(market).extracting(MarketRate::band).containsExactly(NeedBand.COMPLEX);
        assertThat(PlacementSummary.rankedByCost(List.of(twoHighDomains().build()), lower.reference().needBands()))
                .extracting(PlacementSummary::needBand).containsExactly(NeedBand.COMPLEX);
    }
}
