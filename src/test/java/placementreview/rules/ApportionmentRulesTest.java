package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.model.DstDomain.BREATHING;
import static placementreview.model.DstDomain.SEIZURES;
import static placementreview.model.DstLevel.PRIORITY;
import static placementreview.model.DstLevel.SEVERE;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.engine.PlacementEvaluator;
import placementreview.engine.Rulebase;
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

/**
 * Every apportionment rule (rules/apportionment/), given → then: AP-01..AP-10 each assign one component of the weekly
 * cost to one funder, AP-11 / AP-12 add them up (the money adds up exactly), AP-13..AP-17 seek or flag contributions.
 */
class ApportionmentRulesTest {
    private static final ReviewContext CONTEXT = new ReviewContext(PlacementBuilder.AS_OF, LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31));

    static Apportionment split(PlacementBuilder p) {
        return (Apportionment) verifyRule("AP-11").given(p).finding();
    }

    static PlacementBuilder package_() {
        return placement().core("6500.00").additionalStaffing("1800.00").education("900.00").therapy("350.00")
                .transport("120.00");
    }

    static PlacementBuilder likelyNeed(PlacementBuilder p) {
        return p.need(BREATHING, PRIORITY);
    }

    /** The council's travel policy switched on: a school-age child's transport is Education's. */
    static Rulebase withTravelPolicy(Path tmp) {
        return TestRules.edited(tmp, "reference/parameters-apportionment.csv",
                csv -> csv.replace("ap-school-transport-to-education,0,", "ap-school-transport-to-education,1,"));
    }

    // AP-01 / AP-02: the education component follows the EHCP
    @Test
    void ap01EducationIsEducationsWithAnEhcp() {
        verifyRule("AP-01").given(package_().ehcp(true)).fires().assigns(CostComponent.EDUCATION, "900.00", Funder.EDUCATION);
        verifyRule("AP-01").given(package_().ehcp(false)).doesNotFire();
    }

    @Test
    void ap02EducationStaysWithSocialCareWithoutAKnownEhcp() {
        verifyRule("AP-02").given(package_().ehcp(false)).fires().assigns(CostComponent.EDUCATION, Funder.SOCIAL_CARE);
        verifyRule("AP-02").given(package_().ehcp(null)).fires().withEvidence("ehcp", "unknown");
        verifyRule("AP-02").given(package_().ehcp(true)).doesNotFire();
    }

    // AP-03 / AP-04: transport is Education's only where the council's travel policy says so, for a school-age child
    // (ap-school-age-from / -to: 5 to 15; born 2011-11 is 15 on 2026-11-23, born 2010-11 is 16)
    @Test
    void ap03SchoolAgeTransportIsEducationsWhereTheTravelPolicyIsOn(@TempDir Path tmp) {
        Rulebase travelPolicyOn = withTravelPolicy(tmp);
        verifyRule("AP-03").withRules(travelPolicyOn).given(package_().bornIn("2011-11")).fires()
                .assigns(CostComponent.TRANSPORT, "120.00", Funder.EDUCATION);
        verifyRule("AP-03").withRules(travelPolicyOn).given(package_().bornIn("2010-11")).doesNotFire();
        verifyRule("AP-04").withRules(travelPolicyOn).given(package_().bornIn("2010-11")).fires();
        verifyRule("AP-04").withRules(travelPolicyOn).given(package_().bornIn("2011-11")).doesNotFire();
    }

    @Test
    void ap04TransportStaysWithSocialCareWhileTheTravelPolicyIsOff() {
        verifyRule("AP-04").given(package_().ehcp(true)).fires().assigns(CostComponent.TRANSPORT, Funder.SOCIAL_CARE);
        verifyRule("AP-03").given(package_().ehcp(true)).doesNotFire();
        verifyRule("AP-04").given(package_().transport(null)).doesNotFire();
    }

    // AP-05 / AP-06: therapy is Health's where continuing care is agreed, or indicated (CC-02 / CC-03) and not declined
    @Test
    void ap05TherapyIsHealthsWhenContinuingCareIsIndicatedOrAgreed() {
        verifyRule("AP-05").given(likelyNeed(package_())).fires().assigns(CostComponent.THERAPY, "350.00", Funder.HEALTH);
        verifyRule("AP-05").given(package_().continuingCare(ContinuingCareStatus.AGREED, "350.00")).fires();
        verifyRule("AP-05").given(likelyNeed(package_()).continuingCare(ContinuingCareStatus.DECLINED, "0")).doesNotFire();
        verifyRule("AP-05").given(package_()).doesNotFire();
    }

    @Test
    void ap06TherapyStaysWithSocialCareWithoutAnEstablishedNeed() {
        verifyRule("AP-06").given(package_()).fires().assigns(CostComponent.THERAPY, Funder.SOCIAL_CARE);
        verifyRule("AP-06").given(likelyNeed(package_()).continuingCare(ContinuingCareStatus.DECLINED, "0")).fires();
        // the checklist referral alone (one severe) is not an established need
        verifyRule("AP-06").given(package_().need(SEIZURES, SEVERE)).fires();
        verifyRule("AP-06").given(likelyNeed(package_())).doesNotFire();
    }

    // AP-07 / AP-08 / AP-10: additional staffing follows its reason
    @Test
    void ap07HealthStaffingIsHealthsWhenContinuingCareIsIndicated() {
        PlacementBuilder health = package_().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH);
        verifyRule("AP-07").given(likelyNeed(health)).fires()
                .assigns(CostComponent.ADDITIONAL_STAFFING, "1800.00", Funder.HEALTH);
        verifyRule("AP-07").given(package_().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH)).doesNotFire();
    }

    @Test
    void ap08HealthStaffingStaysWithSocialCareWithoutAnEstablishedNeed() {
        verifyRule("AP-08").given(package_().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH)).fires()
                .assigns(CostComponent.ADDITIONAL_STAFFING, Funder.SOCIAL_CARE);
        verifyRule("AP-08").given(likelyNeed(package_()).staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH))
                .doesNotFire();
    }

    @Test
    void ap10StaffingForBehaviourLearningOrAnUnrecordedReasonIsSocialCares() {
        verifyRule("AP-10").given(likelyNeed(package_()).staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR))
                .fires().assigns(CostComponent.ADDITIONAL_STAFFING, Funder.SOCIAL_CARE);
        verifyRule("AP-10").given(likelyNeed(package_()).staffing(StaffingRatio.ONE_TO_ONE, null)).fires();
        verifyRule("AP-10").given(likelyNeed(package_()).staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.HEALTH))
                .doesNotFire();
    }

    // AP-09: core care is Social care's (core is required input, so AP-09 fires for every reviewed placement)
    @Test
    void ap09CoreIsSocialCares() {
        verifyRule("AP-09").given(package_()).firesTimes(1).assigns(CostComponent.CORE, "6500.00", Funder.SOCIAL_CARE);
    }

    // AP-11 / AP-12: the split, by components (default) or by fixed shares (opt-in local policy)
    @Test
    void ap11MoneyAddsUpExactly() {
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
    void ap12FixedSharesSplitTheWeeklyCostWhenTheCouncilOptsIn(@TempDir Path tmp) {
        verifyRule("AP-12").given(package_()).doesNotFire();
        Rulebase fixedShares = TestRules.edited(tmp, "reference/parameters-apportionment.csv",
                csv -> csv.replace("ap-fixed-shares,0,", "ap-fixed-shares,1,"));
        verifyRule("AP-11").withRules(fixedShares).given(placement().core("1000.00").transport("0.01")).doesNotFire();
        Apportionment a = (Apportionment) verifyRule("AP-12").withRules(fixedShares)
                .given(placement().core("1000.00").transport("0.01")).finding();
        assertThat(a.method()).isEqualTo("fixed-shares");
        // 1000.01 x 33.33% = 333.303333 -> 333.30 each; social care 1000.01 - 666.60 = 333.41
        assertThat(a.education().weekly()).isEqualByComparingTo("333.30");
        assertThat(a.health().weekly()).isEqualByComparingTo("333.30");
        assertThat(a.socialCare().weekly()).isEqualByComparingTo("333.41");
        assertThat(a.education().share()).isEqualByComparingTo("33.3");
    }

    // AP-13..AP-17: contributions sought, or not checkable

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
