package placementreview.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import placementreview.io.InputException;
import placementreview.report.Format;
import placementreview.report.Report;
import placementreview.report.Reports;
import placementreview.review.DecisionKind;
import placementreview.review.NewDecision;
import placementreview.store.BadReference;
import placementreview.store.PanelCycle;
import placementreview.store.ReceiptStore;

/**
 * The panel's decisions over the web: list them ({@code GET /api/decisions?open=true&placement=ID}) and record one
 * ({@code POST /api/decisions}, panel role) with a JSON body of the fields {@code decide} takes: receipt, placement,
 * option, decision, owner, due, targetWeekly (optional), note (optional). Kept in the service's receipt database, so
 * they survive a restart.
 */
final class ServiceDecisions {
    private static final long MAX_BODY_BYTES = 64 * 1024;
    private static final Set<String> FIELDS = Set.of("receipt", "placement", "option", "decision", "owner", "due",
            "targetWeekly", "note");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final PanelCycle panel;

    ServiceDecisions(ReceiptStore store) {
        this.panel = new PanelCycle(store);
    }

    void list(Context ctx) {
        String open = ctx.queryParam("open");
        if (open != null && !open.equals("true") && !open.equals("false")) {
            throw new ApiException(400, "open", "open must be true or false, not " + open);
        }
        String placement = ctx.queryParam("placement");
        Api.json(ctx, text(Reports.decisions(panel.decisions(placement, "true".equals(open)))));
    }

    void decide(Context ctx) {
        JsonNode body;
        try (InputStream in = RequestBody.read(ctx, MAX_BODY_BYTES)) {
            body = JSON.readTree(in);
        } catch (IOException e) {
            throw new ApiException(400, "body", "the body is not JSON: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "body", "send one JSON object with the fields " + String.join(", ",
                    FIELDS.stream().sorted().toList()));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ApiException(400, name, "unknown field " + name + "; the fields are " + String.join(", ",
                        FIELDS.stream().sorted().toList()));
            }
        }
        NewDecision asked;
        try {
            asked = new NewDecision(text(body, "receipt"), text(body, "placement"), text(body, "option"),
                    DecisionKind.parse(text(body, "decision")), text(body, "owner"), date(body, "due"),
                    amount(body, "targetWeekly"), text(body, "note"), ctx.attribute(ServiceReceipts.CALLER));
        } catch (InputException e) {
            throw new ApiException(400, e instanceof BadReference b ? b.field() : "decision", e.getMessage());
        }
        try {
            var recorded = panel.decide(asked, Instant.now());
            ctx.status(201);
            Api.json(ctx, text(Reports.decision(recorded)));
        } catch (BadReference e) {
            throw new ApiException(400, e.field(), e.getMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadReference(field, field + " must be text");
        }
        return node.asText();
    }

    private static LocalDate date(JsonNode body, String field) {
        String text = text(body, field);
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadReference(field, field + " must be a date YYYY-MM-DD, not " + text);
        }
    }

    private static BigDecimal amount(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return node.isNumber() ? new BigDecimal(node.asText()) : new BigDecimal(node.asText().strip());
        } catch (NumberFormatException e) {
            throw new BadReference(field, field + " must be an amount in pounds, e.g. 880.00, not " + node.asText());
        }
    }

    private static String text(Report report) {
        StringWriter out = new StringWriter();
        try {
            report.write(Format.JSON, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
