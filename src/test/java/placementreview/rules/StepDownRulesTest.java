package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import org.junit.jupiter.api.Test;
import placementreview.model.CandidateStatus;
import placementreview.model.ChildView;
import placementreview.model.CriterionStatus;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.FindingKind;
import placementreview.model.PermanenceGoal;
import placementreview.model.PlacementType;
import placementreview.model.StaffingRatio;
import placementreview.model.StaffingReason;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.testing.PlacementBuilder;

/**
 * Every step-down rule (rules/step-down/), given → then, boundary twins side by side. The default placement (an
 * external children's home at £5,000 a week, a 14-year-old, as of 2026-11-23) meets every criterion.
 */
class StepDownRulesTest {

    // SD-01 / SD-02: residential and IFA placements, or a plan to return home or to kin, are what step-down is for
    @Test
    void residentialAndIfaAreStepDownSettingsFosterCareIsNot() {
        verifyRule("SD-01").given(placement()).fires();
        verifyRule("SD-01").given(placement().type(PlacementType.IFA).core("900.00")).fires();
        verifyRule("SD-01").given(placement().type(PlacementType.IN_HOUSE_FOSTER).core("600.00")).doesNotFire();
        verifyRule("SD-02").given(placement().type(PlacementType.IN_HOUSE_FOSTER).core("600.00")).fires();
        verifyRule("SD-02").given(placement().type(PlacementType.IFA).core("900.00")).doesNotFire();
    }

    @Test
    void aPlanToReturnHomeMakesAFamilySettingAStepDownSetting() {
        verifyRule("SD-01").given(placement().type(PlacementType.IN_HOUSE_FOSTER).goal(PermanenceGoal.RETURN_HOME))
                .fires();
        verifyRule("SD-02").given(placement().type(PlacementType.IN_HOUSE_FOSTER).goal(PermanenceGoal.RETURN_HOME))
                .doesNotFire();
    }

    // SD-03 / SD-04: step-down-min-age / -max-age, 7 to 17 inclusive (born 2008-11 is 18 on 2026-11-23, 2019-12 is 6)
    @Test
    void ageBandIsSevenToSeventeenInclusive() {
        verifyRule("SD-03").given(placement().bornIn("2008-12")).fires().withTitleContaining("Aged 17");
        verifyRule("SD-03").given(placement().bornIn("2008-11")).doesNotFire();
        verifyRule("SD-04").given(placement().bornIn("2008-11")).fires().withTitleContaining("Aged 18");
        verifyRule("SD-04").given(placement().bornIn("2008-12")).doesNotFire();
        verifyRule("SD-03").given(placement().bornIn("2019-11")).fires().withTitleContaining("Aged 7");
        verifyRule("SD-04").given(placement().bornIn("2019-12")).fires().withTitleContaining("Aged 6");
    }

    // SD-05 / SD-06: step-down-stable-weeks, 26 (since 2026-05-25)
    @Test
    void stableForTheMinimumWeeks() {
        verifyRule("SD-05").given(placement().start("2026-05-25")).fires();
        verifyRule("SD-05").given(placement().start("2026-05-26")).doesNotFire();
        verifyRule("SD-06").given(placement().start("2026-05-26")).fires().withTitleContaining("less than 26 weeks");
        verifyRule("SD-06").given(placement().start("2026-05-25")).doesNotFire();
    }

    // SD-07..SD-09: step-down-incident-window-days, 90 (2026-08-25 is the window's first day)
    @Test
    void seriousIncidentWindowIncludesItsFirstDay() {
        verifyRule("SD-07").given(placement().seriousIncidents("2026-08-24")).fires();
        verifyRule("SD-07").given(placement().seriousIncidents("2026-08-25")).doesNotFire();
        verifyRule("SD-08").given(placement().seriousIncidents("2025-01-01", "2026-08-25")).fires()
                .withTitleContaining("2026-08-25");
        verifyRule("SD-08").given(placement().seriousIncidents("2026-08-24")).doesNotFire();
        verifyRule("SD-09").given(placement().seriousIncidentsUnknown()).fires();
        verifyRule("SD-09").given(placement().seriousIncidents()).doesNotFire();
    }

    // SD-10..SD-12: step-down-missing-window-days, 90
    @Test
    void missingEpisodeWindowIncludesItsFirstDay() {
        verifyRule("SD-10").given(placement().missingEpisodes("2026-08-24")).fires();
        verifyRule("SD-10").given(placement().missingEpisodes("2026-08-25")).doesNotFire();
        verifyRule("SD-11").given(placement().missingEpisodes("2026-08-25")).fires();
        verifyRule("SD-11").given(placement().missingEpisodes("2026-08-24")).doesNotFire();
        verifyRule("SD-12").given(placement().missingEpisodesUnknown()).fires();
        verifyRule("SD-12").given(placement().missingEpisodes()).doesNotFire();
    }

    // SD-13..SD-15: step-down-min-attendance-pct, 90
    @Test
    void attendanceAtTheMinimumMeetsOnePointBelowDoesNot() {
        verifyRule("SD-13").given(placement().schoolAttendance(90)).fires();
        verifyRule("SD-13").given(placement().schoolAttendance(89)).doesNotFire();
        verifyRule("SD-14").given(placement().schoolAttendance(89)).fires();
        verifyRule("SD-14").given(placement().schoolAttendance(90)).doesNotFire();
        verifyRule("SD-15").given(placement().schoolAttendance(null)).fires();
        verifyRule("SD-15").given(placement().schoolAttendance(0)).doesNotFire();
    }

    // SD-16..SD-19: the child's view, recorded and not opposed
    @Test
    void childViewRecordedAndNotOpposed() {
        verifyRule("SD-16").given(placement().childView(ChildView.WANTS_TO_MOVE)).fires();
        verifyRule("SD-16").given(placement().childView(ChildView.OPPOSED)).doesNotFire();
        verifyRule("SD-17").given(placement().childView(ChildView.OPPOSED)).fires();
        verifyRule("SD-17").given(placement().childView(ChildView.NOT_ASKED)).doesNotFire();
        verifyRule("SD-18").given(placement().childView(ChildView.NOT_ASKED)).fires();
        verifyRule("SD-18").given(placement().childView(null)).doesNotFire();
        verifyRule("SD-19").given(placement().childView(null)).fires();
        verifyRule("SD-19").given(placement().childView(ChildView.OPEN)).doesNotFire();
    }

    // SD-20..SD-22: the care plan goal is a family setting
    @Test
    void carePlanGoalIsAFamilySetting() {
        verifyRule("SD-20").given(placement().goal(PermanenceGoal.ADOPTION)).fires();
        verifyRule("SD-20").given(placement().goal(PermanenceGoal.INDEPENDENCE)).doesNotFire();
        verifyRule("SD-21").given(placement().goal(PermanenceGoal.INDEPENDENCE)).fires();
        verifyRule("SD-21").given(placement().goal(null)).doesNotFire();
        verifyRule("SD-22").given(placement().goal(null)).fires();
        verifyRule("SD-22").given(placement().goal(PermanenceGoal.ADOPTION)).doesNotFire();
    }

    // SD-23..SD-25: risk flags set to 1 in step-down-blocking-risk:* need residential supervision
    @Test
    void riskFlagsThatNeedResidentialSupervision() {
        verifyRule("SD-23").given(placement().riskFlags("SELF_HARM")).fires();
        verifyRule("SD-23").given(placement().riskFlags("SECURE_CRITERIA")).doesNotFire();
        verifyRule("SD-24").given(placement().riskFlags("SECURE_CRITERIA")).fires()
                .withTitleContaining("SECURE_CRITERIA");
        verifyRule("SD-24").given(placement().riskFlags("SELF_HARM")).doesNotFire();
        verifyRule("SD-25").given(placement().riskFlagsUnknown()).fires();
        verifyRule("SD-25").given(placement().riskFlags()).doesNotFire();
    }

    // SD-26..SD-28: family time supports the move
    @Test
    void familyTimeSupportsTheMove() {
        verifyRule("SD-26").given(placement().familyTimeSupportsMove(true)).fires();
        verifyRule("SD-26").given(placement().familyTimeSupportsMove(false)).doesNotFire();
        verifyRule("SD-27").given(placement().familyTimeSupportsMove(false)).fires();
        verifyRule("SD-27").given(placement().familyTimeSupportsMove(null)).doesNotFire();
        verifyRule("SD-28").given(placement().familyTimeSupportsMove(null)).fires();
        verifyRule("SD-28").given(placement().familyTimeSupportsMove(true)).doesNotFire();
    }

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
    void unknownIsNeverMet() {
        StepDownCriterion c = (StepDownCriterion) verifyRule("SD-15").given(placement().schoolAttendance(null))
                .finding();
        assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
        assertThat(c.toChange()).isEqualTo("record the child's school attendance");
        verifyRule("SD-40").given(placement().schoolAttendance(null)).doesNotFire();
        verifyRule("SD-41").given(placement().schoolAttendance(null)).fires();
    }

    // SD-40 / SD-41: routes (reference/step-down-routes.csv), from step-down-transition-lead-weeks (8) after the review;
    // targets at 2026-27 prices: IFA £820.00 (2020-21) x 134.4 / 112.6 = £978.76, in-house foster £646.00 (2016-17)
    // x 134.4 / 100.0 = £868.22
    @Test
    void candidateCarriesRouteAndSavings() {
        StepDownCandidate c = (StepDownCandidate) verifyRule("SD-40").given(placement()).findings().stream()
                .filter(f -> ((StepDownCandidate) f).getRouteName().equals("residential-to-ifa")).findFirst()
                .orElseThrow();
        assertThat(c.kind()).isEqualTo(FindingKind.STEP_DOWN_CANDIDATE);
        assertThat(c.route().target().name()).isEqualTo("IFA");
        assertThat(c.savings().weekly()).isEqualByComparingTo("4021.24");
        assertThat(c.blocker()).isNull();
        assertThat(c.capacity()).isNull();
        assertThat(c.evidence()).containsEntry("leadWeeks", "8").containsKey("route");
    }

    @Test
    void candidateSavingStartsAfterTheTransitionLeadWeeks() {
        verifyRule("SD-40").given(placement().core("5000.00")).firesTimes(2)
                .withWeeklySaving("4131.78").withInYearSaving("43088.56").withFullYearSaving("214852.56")
                .withTitleContaining("Residential to in-house foster care");
    }

    @Test
    void nearlyEligibleNamesTheOneCriterionNotMetAndCountsNoSaving() {
        StepDownCandidate c = (StepDownCandidate) verifyRule("SD-41")
                .given(placement().childView(ChildView.OPPOSED)).finding();
        assertThat(c.status()).isEqualTo(CandidateStatus.NEARLY_ELIGIBLE);
        assertThat(c.blocker().criterion()).isEqualTo("child-view");
        assertThat(c.savings()).isNull();
        assertThat(c.estimated().weekly()).isEqualByComparingTo("4131.78");
        verifyRule("SD-41").given(placement().childView(ChildView.OPPOSED).schoolAttendance(80)).doesNotFire();
    }

    @Test
    void noRouteWhenTheTargetCostsAsMuchAsNow() {
        verifyRule("SD-40").given(placement().type(PlacementType.IFA).core("868.22")).doesNotFire();
        verifyRule("SD-40").given(placement().type(PlacementType.IFA).core("868.23")).fires()
                .withWeeklySaving("0.01");
    }

    @Test
    void supportedAccommodationOnlyAtSixteenOrSeventeen() {
        verifyRule("SD-40").given(placement().bornIn("2010-05").goal(PermanenceGoal.INDEPENDENCE)).fires()
                .withTitleContaining("supported accommodation");
        verifyRule("SD-40").given(placement().bornIn("2010-12").goal(PermanenceGoal.INDEPENDENCE)).doesNotFire();
    }

    @Test
    void inHouseChildrensHomeRouteOnlyWhenKnownToBeOutOfArea() {
        verifyRule("SD-40").given(placement().distance(85, true).schoolAttendance(50)).fires()
                .withTitleContaining("Out-of-area home to in-house children's home");
        verifyRule("SD-40").given(placement().distance(85, null).schoolAttendance(50)).doesNotFire();
    }

    // SD-50..SD-54: staffing for behaviour or risk (2:1 closes family routes; 1:1 needs a plan to step it down)
    @Test
    void twoToOneForBehaviourClosesTheFamilyRoutesOneToOneNeedsAPlan() {
        verifyRule("SD-50").given(placement()).fires().withTitleContaining("staffing: none");
        verifyRule("SD-50").given(placement().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.HEALTH)).fires();
        verifyRule("SD-50").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)).doesNotFire();
        verifyRule("SD-51").given(placement().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.BEHAVIOUR)).fires()
                .withTitleContaining("Staffed 2:1 for behaviour or risk");
        verifyRule("SD-51").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)
                .staffingStepDownPlan(false)).doesNotFire();
        verifyRule("SD-52").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)
                .staffingStepDownPlan(true)).fires();
        verifyRule("SD-52").given(placement().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.BEHAVIOUR)
                .staffingStepDownPlan(true)).doesNotFire();
        verifyRule("SD-53").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)
                .staffingStepDownPlan(false)).fires();
        verifyRule("SD-53").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)
                .staffingStepDownPlan(true)).doesNotFire();
        verifyRule("SD-54").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)).fires();
        verifyRule("SD-54").given(placement().staffing(null, null)).fires();
        verifyRule("SD-54").given(placement().staffing(StaffingRatio.ONE_TO_ONE, null)).fires();
        verifyRule("SD-54").given(placement().staffing(StaffingRatio.NONE, null)).doesNotFire();
    }

    // SD-55..SD-60: DST challenging behaviour / psychological (HIGH: specialist foster only; SEVERE+: no family)
    @Test
    void dstBehaviourNeedsAtHighLeaveOnlyASpecialistFosterRouteAtSevereNone() {
        verifyRule("SD-55").given(placement().need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.MODERATE)).fires();
        verifyRule("SD-55").given(placement().need(DstDomain.PSYCHOLOGICAL, DstLevel.HIGH)).doesNotFire();
        verifyRule("SD-56").given(placement().need(DstDomain.PSYCHOLOGICAL, DstLevel.HIGH)).fires()
                .withTitleContaining("psychological HIGH: at HIGH or above");
        verifyRule("SD-56").given(placement().need(DstDomain.PSYCHOLOGICAL, DstLevel.MODERATE)).doesNotFire();
        verifyRule("SD-57").given(placement().needUnknown(DstDomain.PSYCHOLOGICAL)).fires();
        verifyRule("SD-57").given(placement().needUnknown(DstDomain.PSYCHOLOGICAL)
                .need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.HIGH)).doesNotFire();
        verifyRule("SD-58").given(placement().need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.HIGH)).fires();
        verifyRule("SD-58").given(placement().need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.SEVERE)).doesNotFire();
        verifyRule("SD-59").given(placement().need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.SEVERE)).fires()
                .withTitleContaining("at SEVERE or above, no family setting");
        verifyRule("SD-59").given(placement().need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.HIGH)).doesNotFire();
        verifyRule("SD-60").given(placement().needUnknown(DstDomain.CHALLENGING_BEHAVIOUR)).fires();
        verifyRule("SD-60").given(placement().needUnknown(DstDomain.CHALLENGING_BEHAVIOUR)
                .need(DstDomain.PSYCHOLOGICAL, DstLevel.PRIORITY)).doesNotFire();
    }

    // SD-61..SD-63: SDQ total, high band 17-40 (DfE SDQ guidance for looked-after children)
    @Test
    void sdqHighBandStartsAtSeventeen() {
        verifyRule("SD-61").given(placement().sdq(16)).fires().withTitleContaining("SDQ total 16");
        verifyRule("SD-61").given(placement().sdq(17)).doesNotFire();
        verifyRule("SD-62").given(placement().sdq(17)).fires().withTitleContaining("high band (17 to 40)");
        verifyRule("SD-62").given(placement().sdq(16)).doesNotFire();
        verifyRule("SD-63").given(placement().sdq(null)).fires();
        verifyRule("SD-63").given(placement().sdq(0)).doesNotFire();
    }

    // SD-64..SD-66: placement moves in the last 12 months, 3 or more is unstable (DfE measure)
    @Test
    void threePlacementMovesInAYearIsUnstable() {
        verifyRule("SD-64").given(placement().placementMoves(2)).fires();
        verifyRule("SD-64").given(placement().placementMoves(3)).doesNotFire();
        verifyRule("SD-65").given(placement().placementMoves(3)).fires().withTitleContaining("3 or more is unstable");
        verifyRule("SD-65").given(placement().placementMoves(2)).doesNotFire();
        verifyRule("SD-66").given(placement().placementMoves(null)).fires();
        verifyRule("SD-66").given(placement().placementMoves(0)).doesNotFire();
    }

    @Test
    void needsCriteriaAreOnlyAssessedInAStepDownSetting() {
        verifyRule("SD-50").given(placement().type(PlacementType.IN_HOUSE_FOSTER).core("600.00")).doesNotFire();
        verifyRule("SD-63").given(placement().type(PlacementType.IN_HOUSE_FOSTER).core("600.00").sdq(null))
                .doesNotFire();
    }

    @Test
    void twoToOneForBehaviourLeavesNoFamilyRouteButALessIntensiveResidentialOne() {
        PlacementBuilder twoToOne = placement().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.BEHAVIOUR)
                .distance(85, true);
        assertThat(routes(verifyRule("SD-40").given(twoToOne).findings()))
                .containsExactly("out-of-area-to-in-house-home");
        assertThat(routes(verifyRule("SD-41").given(twoToOne).findings())).contains("residential-to-in-house-foster",
                "residential-to-ifa");
        PlacementBuilder sdqHigh = placement().sdq(30);
        assertThat(routes(verifyRule("SD-40").given(sdqHigh).findings())).containsExactly("residential-to-ifa");
    }

    @Test
    void anUnknownNeedsCriterionLeavesAFamilyRouteNearlyOpenNeverOpen() {
        PlacementBuilder noSdq = placement().sdq(null);
        assertThat(routes(verifyRule("SD-40").given(noSdq).findings())).containsExactly("residential-to-ifa");
        StepDownCandidate nearly = verifyRule("SD-41").given(noSdq).findings().stream()
                .map(StepDownCandidate.class::cast).filter(c -> c.getRouteName().equals("residential-to-in-house-foster"))
                .findFirst().orElseThrow();
        assertThat(nearly.blocker().criterion()).isEqualTo("sdq");
        assertThat(nearly.blocker().status()).isEqualTo(CriterionStatus.UNKNOWN);
    }

    private static java.util.List<String> routes(java.util.List<placementreview.model.Finding> findings) {
        return findings.stream().map(StepDownCandidate.class::cast).map(StepDownCandidate::getRouteName).sorted()
                .toList();
    }

    /** Each criterion's met / not met / unknown rules are exclusive: for each input exactly one of them fires. */
    @Test
    void exactlyOneRuleOfEachCriterionFires() {
        exactlyOne(placement().start("2026-05-25"), "SD-05", "SD-05", "SD-06");
        exactlyOne(placement().start("2026-05-26"), "SD-06", "SD-05", "SD-06");
        exactlyOne(placement().seriousIncidents("2026-08-24"), "SD-07", "SD-07", "SD-08", "SD-09");
        exactlyOne(placement().seriousIncidents("2026-08-26"), "SD-08", "SD-07", "SD-08", "SD-09");
        exactlyOne(placement().seriousIncidentsUnknown(), "SD-09", "SD-07", "SD-08", "SD-09");
        exactlyOne(placement().schoolAttendance(90), "SD-13", "SD-13", "SD-14", "SD-15");
        exactlyOne(placement().schoolAttendance(89), "SD-14", "SD-13", "SD-14", "SD-15");
        exactlyOne(placement().schoolAttendance(null), "SD-15", "SD-13", "SD-14", "SD-15");
        exactlyOne(placement().childView(ChildView.OPEN), "SD-16", "SD-16", "SD-17", "SD-18", "SD-19");
        exactlyOne(placement().childView(ChildView.OPPOSED), "SD-17", "SD-16", "SD-17", "SD-18", "SD-19");
        exactlyOne(placement().childView(ChildView.NOT_ASKED), "SD-18", "SD-16", "SD-17", "SD-18", "SD-19");
        exactlyOne(placement().childView(null), "SD-19", "SD-16", "SD-17", "SD-18", "SD-19");
        exactlyOne(placement().goal(PermanenceGoal.LONG_TERM_FOSTERING), "SD-20", "SD-20", "SD-21", "SD-22");
        exactlyOne(placement().goal(PermanenceGoal.RESIDENTIAL), "SD-21", "SD-20", "SD-21", "SD-22");
        exactlyOne(placement().goal(null), "SD-22", "SD-20", "SD-21", "SD-22");
        exactlyOne(placement().riskFlags(), "SD-23", "SD-23", "SD-24", "SD-25");
        exactlyOne(placement().riskFlags("CSE_ACTIVE"), "SD-24", "SD-23", "SD-24", "SD-25");
        exactlyOne(placement().familyTimeSupportsMove(true), "SD-26", "SD-26", "SD-27", "SD-28");
        exactlyOne(placement().familyTimeSupportsMove(false), "SD-27", "SD-26", "SD-27", "SD-28");
        exactlyOne(placement().familyTimeSupportsMove(null), "SD-28", "SD-26", "SD-27", "SD-28");
        String[] staffing = {"SD-50", "SD-51", "SD-52", "SD-53", "SD-54"};
        exactlyOne(placement(), "SD-50", staffing);
        exactlyOne(placement().staffing(StaffingRatio.THREE_TO_ONE, StaffingReason.BEHAVIOUR), "SD-51", staffing);
        exactlyOne(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR).staffingStepDownPlan(true),
                "SD-52", staffing);
        exactlyOne(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR).staffingStepDownPlan(false),
                "SD-53", staffing);
        exactlyOne(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR), "SD-54", staffing);
        for (DstLevel level : DstLevel.values()) {
            PlacementBuilder given = placement().need(DstDomain.CHALLENGING_BEHAVIOUR, level);
            exactlyOne(given, level.atLeast(DstLevel.HIGH) ? "SD-56" : "SD-55", "SD-55", "SD-56", "SD-57");
            exactlyOne(given, level.atLeast(DstLevel.SEVERE) ? "SD-59" : "SD-58", "SD-58", "SD-59", "SD-60");
        }
        exactlyOne(placement().needUnknown(DstDomain.PSYCHOLOGICAL), "SD-57", "SD-55", "SD-56", "SD-57");
        exactlyOne(placement().needUnknown(DstDomain.PSYCHOLOGICAL), "SD-60", "SD-58", "SD-59", "SD-60");
        exactlyOne(placement().sdq(null), "SD-63", "SD-61", "SD-62", "SD-63");
        exactlyOne(placement().placementMoves(null), "SD-66", "SD-64", "SD-65", "SD-66");
    }

    private static void exactlyOne(PlacementBuilder given, String fires, String... family) {
        for (String id : family) {
            if (id.equals(fires)) {
                verifyRule(id).given(given).firesTimes(1);
            } else {
                verifyRule(id).given(given).doesNotFire();
            }
        }
    }
}
