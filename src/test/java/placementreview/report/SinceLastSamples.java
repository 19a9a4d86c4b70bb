package placementreview.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import placementreview.model.Savings;
import placementreview.review.DeliveryStatus;
import placementreview.review.SinceLast;
import placementreview.review.SinceLast.Action;

/** A "since the last panel" with one action of every status, for the pack's tests. */
final class SinceLastSamples {
    private SinceLastSamples() {
    }

    static SinceLast october() {
        List<Action> actions = List.of(
                action("P-00049", "CR-02", "2026-10-31", DeliveryStatus.DELIVERED, "3000.00", "3000.00", "66857.14",
                        "156000.00"),
                action("P-00066", "CR-02", "2026-10-31", DeliveryStatus.DELIVERED, "2500.00", "2750.00", "61285.71",
                        "143000.00"),
                action("P-00021", "CR-03", "2026-11-30", DeliveryStatus.PARTLY, "1000.00", "600.00", "13371.43",
                        "31200.00"),
                action("P-00009", "CR-04", "2026-10-16", DeliveryStatus.OVERDUE, "3771.02", "0.00", "0.00", "0.00"),
                action("P-00084", "SD-40", "2027-01-31", DeliveryStatus.NOT_YET, "9268.99", "0.00", "0.00", "0.00"),
                action("P-00030", "SD-40", "2026-12-31", DeliveryStatus.ENDED, "8207.78", null, null, null));
        SinceLast.Totals totals = new SinceLast.Totals(6, 2, 1, 1, 1, 1,
                new Savings(new BigDecimal("19540.01"), BigDecimal.ZERO, BigDecimal.ZERO),
                new Savings(new BigDecimal("6350.00"), new BigDecimal("141514.28"), new BigDecimal("330200.00")),
                new Savings(new BigDecimal("8207.78"), BigDecimal.ZERO, new BigDecimal("426804.56")));
        return new SinceLast(new SinceLast.PreviousReceipt("019ad2c4-8d3e-7a51-9c0e-3f1b2a4d5e6f",
                LocalDate.of(2026, 9, 23), Instant.parse("2026-09-23T10:00:00Z")),
                List.of(new SinceLast.TopMove("P-00151", null, 1, new BigDecimal("20350.00")),
                        new SinceLast.TopMove("P-00152", null, 4, new BigDecimal("12580.00"))),
                List.of(new SinceLast.TopMove("P-00030", 7, null, new BigDecimal("10461.78")),
                        new SinceLast.TopMove("P-00045", 15, 16, new BigDecimal("5054.39"))),
                List.of(new SinceLast.CaseloadMove("P-00030", new BigDecimal("10461.78"))),
                List.of(new SinceLast.CaseloadMove("P-00151", new BigDecimal("20350.00")),
                        new SinceLast.CaseloadMove("P-00152", new BigDecimal("12580.00"))),
                List.of(), actions, totals);
    }

    private static Action action(String placement, String rule, String due, DeliveryStatus status, String planned,
                                 String delivered, String deliveredInYear, String deliveredFullYear) {
        BigDecimal plannedWeekly = new BigDecimal(planned);
        return new Action("D-" + placement, "019ad2c4", LocalDate.of(2026, 9, 23), placement, rule,
                "Commissioning", LocalDate.parse(due), status, new BigDecimal("10000.00"), null, plannedWeekly,
                BigDecimal.ZERO, plannedWeekly.multiply(BigDecimal.valueOf(52)), decimal(delivered),
                decimal(deliveredInYear), decimal(deliveredFullYear), null, null);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
