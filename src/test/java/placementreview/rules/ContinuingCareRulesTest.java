package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.model.DstDomain.BREATHING;
import static placementreview.model.DstDomain.CHALLENGING_BEHAVIOUR;
import static placementreview.model.DstDomain.COMMUNICATION;
import static placementreview.model.DstDomain.MOBILITY;
import static placementreview.model.DstDomain.PSYCHOLOGICAL;
import static placementreview.model.DstDomain.SEIZURES;
import static placementreview.model.DstDomain.SKIN;
import static placementreview.model.DstLevel.HIGH;
import static placementreview.model.DstLevel.MODERATE;
import static placementreview.model.DstLevel.PRIORITY;
import static placementreview.model.DstLevel.SEVERE;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import placementreview.model.DstDomain;
import placementreview.model.ContinuingCareIndication;
import placementreview.model.ContinuingCareOutcome;
import placementreview.model.ContinuingCareStatus;
import placementreview.testing.PlacementBuilder;

/**
 * Every continuing care rule (rules/continuing-care/), given → then, boundary twins side by side. Thresholds from
 * reference/parameters-continuing-care.csv: checklist high in 3 / severe or priority in 1; likely priority in 1 or
 * severe in 2; possible severe in 1 with high in 3.
 */
class ContinuingCareRulesTest {

    private static PlacementBuilder highIn(int domains) {
        PlacementBuilder p = placement();
        var order = new DstDomain[] {BREATHING, MOBILITY, SKIN, COMMUNICATION, PSYCHOLOGICAL};
        for (int i = 0; i < domains; i++) {
            p.need(order[i], HIGH);
        }
        return p;
    }

    @Test
    void checklistNeedsThreeHighDomains() {
        verifyRule("CC-01").given(highIn(2)).doesNotFire();
        verifyRule("CC-01").given(highIn(3)).fires()
                .withTitleContaining("breathing HIGH, mobility HIGH, skin HIGH")
                .withTitleContaining("refer to the ICB");
    }

    @Test
    void checklistIsMetByOneSevereOrPriority() {
        verifyRule("CC-01").given(placement().need(SKIN, MODERATE)).doesNotFire();
        verifyRule("CC-01").given(placement().need(SKIN, SEVERE)).fires();
        verifyRule("CC-01").given(placement().need(SEIZURES, PRIORITY)).fires();
    }

    @Test
    void noReferralWhenContinuingCareIsAgreed() {
        verifyRule("CC-01").given(highIn(3).continuingCare(ContinuingCareStatus.AGREED, "400.00")).doesNotFire();
        verifyRule("CC-01").given(highIn(3).continuingCare(ContinuingCareStatus.DECLINED, "0")).fires();
        verifyRule("CC-01").given(highIn(3).continuingCare(null, null)).fires()
                .withEvidence("status", "unknown");
    }

    @Test
    void checklistFindingIsAReferralIndication() {
        var finding = verifyRule("CC-01").given(highIn(3)).finding();
        assertThat(finding).isInstanceOf(ContinuingCareIndication.class);
        assertThat(((ContinuingCareIndication) finding).outcome()).isEqualTo(ContinuingCareOutcome.REFER);
        assertThat(finding.kind().jsonName()).isEqualTo("ContinuingCareIndication");
    }

    @Test
    void likelyWithOnePriorityOrTwoSevere() {
        verifyRule("CC-02").given(placement().need(SKIN, SEVERE)).doesNotFire();
        verifyRule("CC-02").given(placement().need(SKIN, SEVERE).need(MOBILITY, SEVERE)).fires()
                .withTitleContaining("local default");
        verifyRule("CC-02").given(placement().need(CHALLENGING_BEHAVIOUR, PRIORITY)).fires();
    }

    @Test
    void possibleWithOneSevereAndThreeHigh() {
        verifyRule("CC-03").given(highIn(2).need(SEIZURES, SEVERE)).doesNotFire();
        verifyRule("CC-03").given(highIn(3).need(SEIZURES, SEVERE)).fires();
        verifyRule("CC-03").given(highIn(3)).doesNotFire();
        // likely takes precedence: exactly one indication
        verifyRule("CC-03").given(highIn(3).need(SEIZURES, SEVERE).need(BREATHING, PRIORITY)).doesNotFire();
    }

    @Test
    void noIndicationOnlyForACompleteProfile() {
        verifyRule("CC-04").given(highIn(3)).fires();
        verifyRule("CC-04").given(highIn(3).need(SEIZURES, SEVERE)).doesNotFire();
        verifyRule("CC-04").given(placement().needUnknown(SKIN)).doesNotFire();
        verifyRule("CC-05").given(placement().needUnknown(SKIN)).fires().withTitleContaining("skin");
        verifyRule("CC-05").given(placement()).doesNotFire();
        verifyRule("CC-05").given(placement().needUnknown(SKIN).need(BREATHING, PRIORITY)).doesNotFire();
    }

    @Test
    void exactlyOneProfileIndicationPerPlacement() {
        for (PlacementBuilder p : new PlacementBuilder[] {placement(), highIn(3), highIn(3).need(SEIZURES, SEVERE),
                placement().need(SEIZURES, PRIORITY), placement().needUnknown(SKIN)}) {
            long count = Stream.of("CC-02", "CC-03", "CC-04", "CC-05")
                    .mapToLong(id -> verifyRule(id).given(p).findings().size()).sum();
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void incompleteProfileIsReportedUnknownNotNone() {
        verifyRule("CC-06").given(placement()).doesNotFire();
        verifyRule("CC-06").given(placement().needUnknown(SKIN).needUnknown(SEIZURES)).fires()
                .withTitleContaining("skin, seizures not recorded");
    }

    @Test
    void agreedCareWithUnknownAmountsIsADataQualityWarning() {
        verifyRule("CC-07").given(placement().continuingCare(ContinuingCareStatus.AGREED, "500.00")).doesNotFire();
        verifyRule("CC-07").given(placement().continuingCare(ContinuingCareStatus.AGREED, "500.00")
                .healthContribution(null)).fires();
        verifyRule("CC-07").given(placement().continuingCare(ContinuingCareStatus.NONE, null)).doesNotFire();
    }

    @Test
    void healthContributionBelowAgreedIsACostOption() {
        verifyRule("CC-08").given(placement().continuingCare(ContinuingCareStatus.AGREED, "500.00")
                .healthContribution("500.00")).doesNotFire();
        // from 21 Dec 2026 (4 weeks after 23 Nov) to 31 Mar 2027 = 101 days = 14.43 weeks
        verifyRule("CC-08").given(placement().continuingCare(ContinuingCareStatus.AGREED, "500.00")
                .healthContribution("499.00")).fires().withWeeklySaving("1.00").withInYearSaving("14.43")
                .withFullYearSaving("52.00").withTitleContaining("Health contribution below agreed");
        verifyRule("CC-08").given(placement().continuingCare(ContinuingCareStatus.REFERRED, "500.00")
                .healthContribution("0")).doesNotFire();
    }
}
