package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.model.DstDomain.BREATHING;
import static placementreview.model.DstDomain.SEIZURES;
import static placementreview.model.DstLevel.PRIORITY;
import static placementreview.model.DstLevel.SEVERE;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import placementreview.engine.PlacementEvaluator;
import placementreview.model.Apportionment;
import placementreview.model.ComponentAssignment;
import placementreview.model.ContinuingCareStatus;
import placementreview.model.CostComponent;
import placementreview.model.Funder;
import placementreview.model.PlacementType;
import placementreview.model.ReviewContext;
import placementreview.model.StaffingRatio;
import placementreview.model.StaffingReason;
import placementreview.testing.PlacementBuilder;
import placementreview.testing.TestRules;

/** Apportionment rules AP-01..AP-17: which rule assigns each component, and that the money adds up. */
class ApportionmentRulesTest {
    private static final ReviewContext CONTEXT = new ReviewContext(PlacementBuilder.AS_OF, LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31));

    static Apportionment split(PlacementBuilder p) {
        return (Apportionment) verifyRule("AP-11").given(p).finding();
    }

    static Map<CostComponent, ComponentAssignment> assigned(PlacementBuilder p) {
        return split(p).components().stream()
                .collect(Collectors.toMap(ComponentAssignment::component, Function.identity()));
    }

    static PlacementBuilder package_() {
        return placement().core("6500.00").additionalStaffing("1800.00").education("900.00").therapy("350.00")
                .transport("120.00");
    }

    static PlacementBuilder likelyNeed(PlacementBuilder p) {
        return p.need(BREATHING, PRIORITY);
    }

    @Test
    void educationIsEducationsOnlyWithAnEhcp() {
        assertThat(assigned(package_().ehcp(true)).get(CostComponent.EDUCATION))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-01", Funder.EDUCATION);
        assertThat(assigned(package_().ehcp(false)).get(CostComponent.EDUCATION))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-02", Funder.SOCIAL_CARE);
        assertThat(assigned(package_().ehcp(null)).get(CostComponent.EDUCATION).evidence()).containsEntry("ehcp", "unknown");
    }

    @Test
    void transportStaysWithSocialCareWhileTheTravelPolicyIsOff() {
        assertThat(assigned(package_().ehcp(true)).get(CostComponent.TRANSPORT))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-04", Funder.SOCIAL_CARE);
    }

    @Test
    void therapyIsHealthsWhenContinuingCareIsIndicatedOrAgreed() {
        assertThat(assigned(package_()).get(CostComponent.THERAPY))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-06", Funder.SOCIAL_CARE);
        assertThat(assigned(likelyNeed(package_())).get(CostComponent.THERAPY))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-05", Funder.HEALTH);
        assertThat(assigned(package_().continuingCare(ContinuingCareStatus.AGREED, "350.00")).get(CostComponent.THERAPY))
                .extracting(ComponentAssignment::ruleId).isEqualTo("AP-05");
        assertThat(assigned(likelyNeed(package_()).continuingCare(ContinuingCareStatus.DECLINED, "0")).get(CostComponent.THERAPY))
                .extracting(ComponentAssignment::ruleId).isEqualTo("AP-06");
        // the checklist referral alone (one severe) is not an established need
        assertThat(assigned(package_().need(SEIZURES, SEVERE)).get(CostComponent.THERAPY))
                .extracting(ComponentAssignment::ruleId).isEqualTo("AP-06");
    }

    @Test
    void staffingFollowsItsReason() {
        PlacementBuilder health = package_().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH);
        assertThat(assigned(likelyNeed(health)).get(CostComponent.ADDITIONAL_STAFFING))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-07", Funder.HEALTH);
        assertThat(assigned(package_().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH)).get(CostComponent.ADDITIONAL_STAFFING))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-08", Funder.SOCIAL_CARE);
        assertThat(assigned(likelyNeed(package_()).staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)).get(CostComponent.ADDITIONAL_STAFFING))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-10", Funder.SOCIAL_CARE);
        assertThat(assigned(likelyNeed(package_()).staffing(StaffingRatio.ONE_TO_ONE, null)).get(CostComponent.ADDITIONAL_STAFFING))
                .extracting(ComponentAssignment::ruleId).isEqualTo("AP-10");
        assertThat(assigned(package_()).get(CostComponent.CORE))
                .extracting(ComponentAssignment::ruleId, ComponentAssignment::funder).containsExactly("AP-09", Funder.SOCIAL_CARE);
    }

    @Test
    void moneyAddsUpExactly() {
        Apportionment a = split(likelyNeed(package_()).ehcp(true).staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH));
        assertThat(a.education().weekly()).isEqualByComparingTo("900.00");
        assertThat(a.health().weekly()).isEqualByComparingTo("2150.00");
        assertThat(a.socialCare().weekly()).isEqualByComparingTo("6620.00");
        assertThat(a.education().weekly().add(a.health().weekly()).add(a.socialCare().weekly()))
                .isEqualByComparingTo("9670.00");
        assertThat(a.health().annual()).isEqualByComparingTo("111800.00");
        assertThat(a.health().share()).isEqualByComparingTo("22.2");
        assertThat(a.method()).isEqualTo("components");
    }

    @Test
    void unknownComponentsAreNotApportionedButTheRestIs() {
        Apportionment a = split(placement().core("5000.00").therapy(null).transport(null));
        assertThat(a.components()).extracting(ComponentAssignment::component)
                .containsExactly(CostComponent.CORE, CostComponent.ADDITIONAL_STAFFING, CostComponent.EDUCATION);
        assertThat(a.title()).contains("not known, so not apportioned: therapy, transport");
    }

    @Test
    void fixedSharesAreOffByDefault() {
        verifyRule("AP-12").given(package_()).doesNotFire();
    }

    @Test
    void seekHealthContributionWhenItsFairShareExceedsWhatItPays() {
        PlacementBuilder p = likelyNeed(package_());
        verifyRule("AP-13").given(p.healthContribution("350.00")).doesNotFire();
        // from 15 Feb 2027 (12 weeks after 23 Nov 2026) to 31 Mar 2027 = 45 days
        verifyRule("AP-13").given(likelyNeed(package_()).healthContribution("349.00")).fires()
                .withWeeklySaving("1.00").withInYearSaving("6.43").withFullYearSaving("52.00")
                .withTitleContaining("Seek health contribution");
        verifyRule("AP-13").given(likelyNeed(package_()).healthContribution(null)).doesNotFire();
        verifyRule("AP-16").given(likelyNeed(package_()).healthContribution(null)).fires();
        verifyRule("AP-16").given(likelyNeed(package_()).healthContribution("0")).doesNotFire();
    }

    @Test
    void seekEducationContributionWhenItsFairShareExceedsWhatItPays() {
        verifyRule("AP-14").given(package_().ehcp(true).educationContribution("900.00")).doesNotFire();
        verifyRule("AP-14").given(package_().ehcp(true).educationContribution("0")).fires().withWeeklySaving("900.00");
        verifyRule("AP-14").given(package_().ehcp(false).educationContribution("0")).doesNotFire();
        verifyRule("AP-17").given(package_().ehcp(true).educationContribution(null)).fires();
        verifyRule("AP-17").given(package_().ehcp(false).educationContribution(null)).doesNotFire();
    }

    @Test
    void healthTypeCostsPaidBySocialCareAskForAHealthContribution() {
        verifyRule("AP-15").given(package_()).firesTimes(1).withTitleContaining("£350.00 a week of therapy");
        verifyRule("AP-15").given(package_().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH)).firesTimes(2);
        verifyRule("AP-15").given(likelyNeed(package_())).doesNotFire();
        verifyRule("AP-15").given(package_().therapy("0")).doesNotFire();
    }

    @Test
    void everyPlacementTypeGetsExactlyOneSplit() {
        for (PlacementType type : PlacementType.values()) {
            var findings = new PlacementEvaluator(TestRules.rulebase()).evaluate(package_().type(type).build(), CONTEXT)
                    .findings();
            assertThat(findings.stream().filter(Apportionment.class::isInstance)).hasSize(1);
        }
    }
}
