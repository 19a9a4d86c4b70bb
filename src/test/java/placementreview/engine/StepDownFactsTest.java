package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.PolicyParameter;

class StepDownFactsTest {
    private static final LocalDate SINCE = LocalDate.of(2026, 8, 25);

    @Test
    void latestDateInTheWindowCountsTheFirstDay() {
        assertThat(StepDownFacts.latestOnOrAfter(List.of(LocalDate.of(2026, 8, 24)), SINCE)).isNull();
        assertThat(StepDownFacts.latestOnOrAfter(List.of(SINCE), SINCE)).isEqualTo(SINCE);
        assertThat(StepDownFacts.latestOnOrAfter(List.of(SINCE, LocalDate.of(2026, 10, 1), LocalDate.of(2025, 1, 1)),
                SINCE)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(StepDownFacts.latestOnOrAfter(List.of(), SINCE)).isNull();
        assertThat(StepDownFacts.latestOnOrAfter(null, SINCE)).isNull();
    }

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
