package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Delivery of agreed actions at their boundaries: a fall of exactly the target, a penny short, nothing yet with the
 * due date today or passed, an ended placement, one fall shared by two actions on a placement, and when a delivered
 * saving starts counting. Given a decision on September's review (baseline £7,000 a week) -> then its status now.
 */
class ActionDeliveryTest {
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 30);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 30);

    @Test
    void aFallOfExactlyTheTargetIsDeliveredAndAPennyShortIsPartly() {
        assertThat(statusAfterFallTo("6120.00", "880.00", OCTOBER)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(statusAfterFallTo("6120.01", "880.00", OCTOBER)).isEqualTo(DeliveryStatus.PARTLY);
        assertThat(statusAfterFallTo("6119.99", "880.00", OCTOBER)).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void noFallIsNotYetOnTheDueDateAndOverdueTheDayAfter() {
        assertThat(statusAfterFallTo("7000.00", "880.00", OCTOBER)).isEqualTo(DeliveryStatus.NOT_YET);
        assertThat(statusAfterFallTo("7000.00", "880.00", OCTOBER.minusDays(1))).isEqualTo(DeliveryStatus.OVERDUE);
        assertThat(statusAfterFallTo("7100.00", "880.00", OCTOBER.plusDays(1))).isEqualTo(DeliveryStatus.NOT_YET);
        assertThat(statusAfterFallTo("7100.00", "880.00", OCTOBER.minusDays(1))).isEqualTo(DeliveryStatus.OVERDUE);
    }

    @Test
    void anEndedPlacementIsShownApartAndNeverCountedAsDelivered() {
        Decision d = agreed("D1", "P-A", "CR-02", "880.00", OCTOBER);
        RecordedCaseload now = caseload("R2", OCTOBER, List.of());
        List<SinceLast.Action> actions = ActionDelivery.at(now, List.of(d), history("P-A", "7000.00"));
        assertThat(actions.get(0).status()).isEqualTo(DeliveryStatus.ENDED);
        assertThat(actions.get(0).currentWeekly()).isNull();
        SinceLast.Totals totals = ActionDelivery.totals(actions);
        assertThat(totals.delivered().weekly()).isEqualByComparingTo("0");
        assertThat(totals.planned().weekly()).isEqualByComparingTo("0");
        assertThat(totals.plannedOnEnded().weekly()).isEqualByComparingTo("880.00");
        assertThat(totals.endedActions()).isEqualTo(1);
    }

    @Test
    void oneFallIsSharedByThePlacementsActionsInDueDateOrderNeverCountedTwice() {
        Decision fee = agreed("D1", "P-A", "CR-02", "500.00", OCTOBER.minusDays(10));
        Decision health = agreed("D2", "P-A", "AP-13", "380.00", OCTOBER);
        // fell by 700: the fee action (due first) takes its 500, the health contribution the 200 left
        List<SinceLast.Action> part = ActionDelivery.at(caseload("R2", OCTOBER, List.of(entry("P-A", "6300.00"))),
                List.of(health, fee), history("P-A", "7000.00"));
        assertThat(part).extracting(a -> a.ruleId() + " " + a.status() + " " + a.deliveredWeekly())
                .containsExactly("CR-02 DELIVERED 500.00", "AP-13 PARTLY 200.00");
        // fell by 1,000: the last action takes what is left beyond the first target
        List<SinceLast.Action> more = ActionDelivery.at(caseload("R2", OCTOBER, List.of(entry("P-A", "6000.00"))),
                List.of(health, fee), history("P-A", "7000.00"));
        assertThat(more).extracting(a -> a.ruleId() + " " + a.status() + " " + a.deliveredWeekly())
                .containsExactly("CR-02 DELIVERED 500.00", "AP-13 DELIVERED 500.00");
        assertThat(ActionDelivery.totals(more).delivered().weekly()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aDeliveredSavingCountsFromTheFirstReviewThatShowedTheFall() {
        Decision d = agreed("D1", "P-A", "CR-02", "880.00", OCTOBER);
        Map<String, List<CostPoint>> history = Map.of("P-A", List.of(
                point("R1", SEPTEMBER, "7000.00"), point("R2", OCTOBER, "6120.00")));
        SinceLast.Action a = ActionDelivery.at(caseload("R3", NOVEMBER, List.of(entry("P-A", "6120.00"))),
                List.of(d), history).get(0);
        assertThat(a.deliveredFrom()).isEqualTo(OCTOBER);
        // 31 Oct 2026 to 31 Mar 2027 is 152 days: 880 x 52 x 152 / 364 = 19,108.57
        assertThat(a.deliveredInYear()).isEqualByComparingTo("19108.57");
        assertThat(a.deliveredFullYear()).isEqualByComparingTo("45760.00");
        // planned from the due date, the same day here
        assertThat(a.plannedInYear()).isEqualByComparingTo("19108.57");
    }

    private static DeliveryStatus statusAfterFallTo(String nowWeekly, String target, LocalDate due) {
        Decision d = agreed("D1", "P-A", "CR-02", target, due);
        RecordedCaseload now = caseload("R2", OCTOBER, List.of(entry("P-A", nowWeekly)));
        return ActionDelivery.at(now, List.of(d), history("P-A", "7000.00")).get(0).status();
    }

    private static Decision agreed(String id, String placement, String rule, String target, LocalDate due) {
        return new Decision(id, "R1", "Council", SEPTEMBER, placement, rule, DecisionKind.AGREED, "Lead", due,
                new BigDecimal(target), null, Instant.EPOCH, "os-user test", null, null);
    }

    private static Map<String, List<CostPoint>> history(String placement, String baseline) {
        return Map.of(placement, new ArrayList<>(List.of(point("R1", SEPTEMBER, baseline))));
    }

    private static CostPoint point(String receipt, LocalDate asOf, String weekly) {
        return new CostPoint(receipt, asOf, new BigDecimal(weekly), 52, null);
    }

    private static RecordedCaseload.Entry entry(String placement, String weekly) {
        return new RecordedCaseload.Entry(placement, 1, new BigDecimal(weekly), 52, LocalDate.of(2025, 1, 1), null,
                List.of(), BigDecimal.ZERO);
    }

    private static RecordedCaseload caseload(String receipt, LocalDate asOf, List<RecordedCaseload.Entry> entries) {
        return new RecordedCaseload(receipt, asOf, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 15, entries);
    }
}
