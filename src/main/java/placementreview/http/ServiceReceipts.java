package placementreview.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import placementreview.engine.RuleFolder;
import placementreview.model.CaseFile;
import placementreview.report.ReviewJson;
import placementreview.report.ReceiptJson;
import placementreview.report.ReceiptStamp;
import placementreview.report.ReplayText;
import placementreview.review.RecordedCaseload;
import placementreview.review.Review;
import placementreview.review.ReviewService;
import placementreview.review.SinceLast;
import placementreview.store.PanelCycle;
import placementreview.store.ReceiptFilter;
import placementreview.store.ReceiptIds;
import placementreview.store.ReceiptStore;
import placementreview.store.Recorder;
import placementreview.store.Replayer;
import placementreview.store.Shown;
import placementreview.store.StoreException;

/**
 * The service's receipts: every review, check and explain it answers is recorded (who: role and token label, never
 * the token) with the equivalent command line, so {@code replay} re-runs it; and the log's endpoints.
 */
final class ServiceReceipts {
    /** Request attributes: who asked (set when the token is checked), when, and the body as read. */
    static final String CALLER = "receipt-caller";
    static final String STARTED = "receipt-started";
    static final String BODY = "receipt-body";
    static final String CSV = "receipt-csv";
    private static final String ID = "receipt-id";

    private final ReceiptStore store;
    private final RuleFolder folder;
    private final Replayer replayer;

    ServiceReceipts(ReceiptStore store, RuleFolder folder, Replayer replayer) {
        this.store = store;
        this.folder = folder;
        this.replayer = replayer;
    }

    /** The id the answer is recorded as: known before the output is written, as the command line's is. */
    private static String receiptId(Context ctx) {
        String id = ctx.attribute(ID);
        if (id == null) {
            Instant started = ctx.attribute(STARTED);
            id = ReceiptIds.next(started == null ? Instant.now() : started);
            ctx.attribute(ID, id);
        }
        return id;
    }

    /**
     * "Since the last panel" for a review about to be recorded, as {@code review --record} works it out: compared
     * with the authority's previous recorded review, with the decisions in force.
     */
    SinceLast sinceLast(Context ctx, Review review) {
        return new PanelCycle(store).sinceLast(RecordedCaseload.of(review), review.authority(), receiptId(ctx), null);
    }

    /**
     * Records the answer and returns it as it must be sent (JSON with receipt.id first); the id also goes in the
     * Receipt-Id header. If it cannot be recorded the request fails: a recorded service never answers unrecorded.
     */
    String record(Context ctx, ReviewService service, CaseFile caseFile, List<String> arguments, String format,
                  String output, Shown shown) {
        Instant started = ctx.attribute(STARTED);
        String id = receiptId(ctx);
        String stamped = "json".equals(format) ? ReceiptStamp.stamp(output, id) : output;
        byte[] body = ctx.attribute(BODY);
        Boolean csv = ctx.attribute(CSV);
        new Recorder(store).record(new Recorder.Run(id, started == null ? Instant.now() : started,
                arguments.get(0), arguments, format, caseFile,
                List.of(Recorder.input(Api.BODY_NAME, Boolean.TRUE.equals(csv), body)), service.rulebase(), folder,
                stamped.getBytes(StandardCharsets.UTF_8), ctx.attribute(CALLER), shown));
        ctx.header("Receipt-Id", id);
        return stamped;
    }

    ReceiptStore store() {
        return store;
    }

    void list(Context ctx) {
        ReceiptFilter filter = new ReceiptFilter(param(ctx, "rule"), param(ctx, "placement"),
                param(ctx, "rulebase"), date(ctx, "since"), 500);
        Api.json(ctx, ReviewJson.text(ReceiptJson.list(store.list(filter))));
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        var details = find(id);
        Api.json(ctx, ReviewJson.text(ReceiptJson.details(details, null)));
    }

    void replay(Context ctx) {
        String id = find(ctx.pathParam("id")).receipt().id();
        try {
            Api.json(ctx, ReviewJson.text(ReplayText.json(replayer.replay(store, id))));
        } catch (StoreException e) {
            throw new ApiException(409, "receipt", e.getMessage());
        }
    }

    private placementreview.store.Receipt.Details find(String id) {
        try {
            return store.find(id).orElseThrow(() -> new ApiException(404, "receipt", "no receipt " + id));
        } catch (StoreException e) {
            throw new ApiException(400, "receipt", e.getMessage());
        }
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(Context ctx, String name) {
        String value = param(ctx, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, name, name + " must be a date YYYY-MM-DD, not " + value);
        }
    }
}
