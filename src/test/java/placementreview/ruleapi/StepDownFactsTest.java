package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.PolicyParameter;

class StepDownFactsTest {
    @Test
    void riskFlagParameters() {
        assertThat(StepDownFacts.riskFlag("step-down-blocking-risk:CSE_ACTIVE")).isEqualTo("CSE_ACTIVE");
        assertThat(StepDownFacts.riskFlag("step-down-min-age")).isNull();
        assertThat(StepDownFacts.riskFlags(List.of(
                new PolicyParameter("step-down-blocking-risk:SECURE_CRITERIA", BigDecimal.ONE, "flag", "s"),
                new PolicyParameter("step-down-blocking-risk:CCE_ACTIVE", BigDecimal.ONE, "flag", "s"))))
                .containsExactly("CCE_ACTIVE", "SECURE_CRITERIA");
    }
}
