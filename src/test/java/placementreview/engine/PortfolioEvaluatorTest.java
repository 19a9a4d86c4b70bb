package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import placementreview.model.Capacity;
import placementreview.model.CostOption;
import placementreview.model.PlacementSummary;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.testing.TestRules;

class PortfolioEvaluatorTest {
    @Test
    void onlyTheFindingTypesTheCaseloadRulesMatchGoIntoThePortfolioSession() {
        var types = PortfolioEvaluator.caseloadTypes(TestRules.rulebase().kieBase());
        assertThat(types).contains(PlacementSummary.class, Capacity.class, StepDownCandidate.class)
                .allMatch(t -> !t.isAssignableFrom(CostOption.class) && !t.isAssignableFrom(StepDownCriterion.class));
    }
}
