package placementreview.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import placementreview.engine.Evaluation;
import placementreview.engine.PlacementEvaluator;
import placementreview.model.Finding;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;

/**
 * Given → then tests of one rule over the real rulebase:
 * {@code verifyRule("CR-02").given(placement().core("7000")).fires().withWeeklySaving("880.00")}.
 */
public final class RuleVerifier {
    private final String ruleId;
    private ReviewContext context = new ReviewContext(PlacementBuilder.AS_OF, LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31));

    private RuleVerifier(String ruleId) {
        this.ruleId = ruleId;
    }

    public static RuleVerifier verifyRule(String ruleId) {
        return new RuleVerifier(ruleId);
    }

    public RuleVerifier asOf(String date, String yearStart, String yearEnd) {
        context = new ReviewContext(LocalDate.parse(date), LocalDate.parse(yearStart), LocalDate.parse(yearEnd));
        return this;
    }

    public Then given(PlacementBuilder placement) {
        return given(placement.build());
    }

    public Then given(Placement placement) {
        Evaluation evaluation = new PlacementEvaluator(TestRules.rulebase()).evaluate(placement, context);
        return new Then(evaluation.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList());
    }

    /** What the rule produced for the given placement. */
    public final class Then {
        private final List<Finding> findings;

        private Then(List<Finding> findings) {
            this.findings = findings;
        }

        public Then fires() {
            assertThat(findings).as("%s should fire", ruleId).isNotEmpty();
            return this;
        }

        public Then firesTimes(int times) {
            assertThat(findings).as("%s firings", ruleId).hasSize(times);
            return this;
        }

        public void doesNotFire() {
            assertThat(findings).as("%s should not fire", ruleId).isEmpty();
        }

        public Finding finding() {
            fires();
            return findings.get(0);
        }

        public List<Finding> findings() {
            return findings;
        }

        public Then withWeeklySaving(String pounds) {
            assertThat(finding().savings().weekly()).isEqualByComparingTo(new BigDecimal(pounds));
            return this;
        }

        public Then withInYearSaving(String pounds) {
            assertThat(finding().savings().inYear()).isEqualByComparingTo(new BigDecimal(pounds));
            return this;
        }

        public Then withFullYearSaving(String pounds) {
            assertThat(finding().savings().fullYear()).isEqualByComparingTo(new BigDecimal(pounds));
            return this;
        }

        public Then withTitleContaining(String text) {
            assertThat(finding().title()).contains(text);
            return this;
        }

        public Then withEvidence(String name, String value) {
            assertThat(finding().evidence()).containsEntry(name, value);
            return this;
        }
    }
}
