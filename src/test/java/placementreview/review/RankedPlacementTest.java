package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import placementreview.model.ComplianceFinding;
import placementreview.model.CostOption;
import placementreview.model.Finding;
import placementreview.testing.PlacementBuilder;

class RankedPlacementTest {

    @Test
    void optionsShowComplianceFirstThenLargestSavingThenUnquantified() {
        Finding drift = new CostOption("P-1", "CR-11", "drift", "policy", "Drift", null, "a decision", Map.of());
        Finding compliance = new ComplianceFinding("P-1", "CR-13", "Unlawful", "policy", "Compliance", "cost",
                Map.of());
        Finding small = SavingsPlanTest.option("CR-07", "Fee uplift", "100");
        Finding large = SavingsPlanTest.option("CR-06", "Additional staffing", "500");
        List<Finding> byRuleId = List.of(large, small, drift, compliance);
        RankedPlacement r = new RankedPlacement(1, PlacementBuilder.placement().build(), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, byRuleId, List.of());
        assertThat(r.options()).containsExactly(compliance, large, small, drift);
    }
}
