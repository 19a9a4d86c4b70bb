package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import org.junit.jupiter.api.Test;
import placementreview.model.CandidateStatus;
import placementreview.model.ChildView;
import placementreview.model.CriterionStatus;
import placementreview.model.FindingKind;
import placementreview.model.PermanenceGoal;
import placementreview.model.PlacementType;
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

    // SD-40 / SD-41: routes (reference/step-down-routes.csv), from step-down-transition-lead-weeks (8) after the review
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

    @Test
    void candidateSavingStartsAfterTheTransitionLeadWeeks() {
        verifyRule("SD-40").given(placement().core("5000.00")).firesTimes(2)
                .withWeeklySaving("4354.00").withInYearSaving("45406.00").withFullYearSaving("226408.00")
                .withTitleContaining("Residential to in-house foster care");
    }

    @Test
    void nearlyEligibleNamesTheOneCriterionNotMetAndCountsNoSaving() {
        StepDownCandidate c = (StepDownCandidate) verifyRule("SD-41")
                .given(placement().childView(ChildView.OPPOSED)).finding();
        assertThat(c.status()).isEqualTo(CandidateStatus.NEARLY_ELIGIBLE);
        assertThat(c.blocker().criterion()).isEqualTo("child-view");
        assertThat(c.savings()).isNull();
        assertThat(c.estimated().weekly()).isEqualByComparingTo("4354.00");
        verifyRule("SD-41").given(placement().childView(ChildView.OPPOSED).schoolAttendance(80)).doesNotFire();
    }

    @Test
    void noRouteWhenTheTargetCostsAsMuchAsNow() {
        verifyRule("SD-40").given(placement().type(PlacementType.IFA).core("646.00")).doesNotFire();
        verifyRule("SD-40").given(placement().type(PlacementType.IFA).core("646.01")).fires()
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
