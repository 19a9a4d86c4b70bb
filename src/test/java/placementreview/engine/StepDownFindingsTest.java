package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import org.junit.jupiter.api.Test;
import placementreview.model.CriterionStatus;
import placementreview.model.FindingKind;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;

/** The Findings builder's step-down methods, through real rule firings: metadata and evidence are copied. */
class StepDownFindingsTest {

    @Test
    void criterionCarriesKeyStatusReasonWhatToChangeAndEvidence() {
        StepDownCriterion c = (StepDownCriterion) verifyRule("SD-14").given(placement().schoolAttendance(89))
                .finding();
        assertThat(c.kind()).isEqualTo(FindingKind.STEP_DOWN_CRITERION);
        assertThat(c.criterion()).isEqualTo("school-attendance");
        assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(c.title()).isEqualTo("School attendance 89%: below 90%");
        assertThat(c.toChange()).isEqualTo("school attendance of at least 90%");
        assertThat(c.policy()).startsWith("local default");
        assertThat(c.family()).isEqualTo("Step-down");
        assertThat(c.evidence()).containsEntry("attendance", "89").containsKey("min");
        assertThat(c.savings()).isNull();
    }

    @Test
    void candidateCarriesRouteAndSavings() {
        StepDownCandidate c = (StepDownCandidate) verifyRule("SD-40").given(placement()).findings().stream()
                .filter(f -> ((StepDownCandidate) f).getRouteName().equals("residential-to-ifa")).findFirst()
                .orElseThrow();
        assertThat(c.kind()).isEqualTo(FindingKind.STEP_DOWN_CANDIDATE);
        assertThat(c.route().target().name()).isEqualTo("IFA");
        assertThat(c.savings().weekly()).isEqualByComparingTo("4180.00");
        assertThat(c.blocker()).isNull();
        assertThat(c.capacity()).isNull();
        assertThat(c.evidence()).containsEntry("leadWeeks", "8").containsKey("route");
    }
}
