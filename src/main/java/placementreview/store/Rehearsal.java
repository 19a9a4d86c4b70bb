package placementreview.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import placementreview.io.Sha256;
import placementreview.review.RecordedCaseload;

/**
 * A made-up receipt with two rows of every kind, written and rolled back while a command is still computing (see
 * {@link ReceiptStore#rehearse()}). Its id and contents are new each time, so it never meets another run's rows.
 */
final class Rehearsal {
    private static final String NAME = "rehearsal";

    private Rehearsal() {
    }

    static NewReceipt receipt(Instant now) {
        String id = ReceiptIds.next(now);
        byte[] content = id.getBytes(StandardCharsets.UTF_8);
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(NAME + ".drl", content);
        StoredInput input = new StoredInput(NAME + ".json", false, Sha256.of(content), content.length, content);
        LocalDate day = LocalDate.of(2000, 1, 1);
        BigDecimal pounds = new BigDecimal("1.00");
        List<RecordedCaseload.Entry> entries = List.of(
                new RecordedCaseload.Entry("P1", 1, pounds, 52, day, null, List.of("R1"), pounds),
                new RecordedCaseload.Entry("P2", 2, pounds, 52, null, day, List.of(), pounds));
        Shown shown = new Shown(
                List.of(new Shown.Placement("P1", 1, pounds), new Shown.Placement("P2", null, null)),
                List.of(new Shown.Finding("R1", "P1", pounds), new Shown.Finding("R2", null, null)),
                new RecordedCaseload(null, day, day, day, 1, entries), false);
        return new NewReceipt(id, now, NAME, List.of(), "json", day, NAME, NAME, NAME, NAME, input.sha256(), NAME,
                files, List.of(input), input.sha256(), content, input.sha256(), 0, 0, NAME, 0, shown, null);
    }
}
