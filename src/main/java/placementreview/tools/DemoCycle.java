package placementreview.tools;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The demo authority over three monthly panels (September, October and November 2026), for the panel's cycle
 * (docs/demo-cycle.md). September is the generator's draw with the default seed, dated 23 September (with one care
 * plan extended, so that the rank-1 placement runs past the financial year); each later month
 * is the month before with the changes listed in {@link #CHANGES} (fees that fell after the panel's actions, a
 * placement that ended, placements that started) and the review date moved on a month. Same month, same bytes.
 */
public final class DemoCycle {
    public static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10),
            YearMonth.of(2026, 11));
    /** Each panel reviews the caseload as it stood on this day of its month. */
    public static final int REVIEW_DAY = 23;

    /**
     * A change to the caseload that first shows in the file of {@code month}; {@code value} is the fall in the weekly
     * core fee (fall) or the new planned end (plannedEnd).
     */
    private record Change(YearMonth month, String placementId, String kind, String value, String note) {
    }

    /** What happened between panels; docs/demo-cycle.md explains each against the panel's decisions. */
    private static final List<Change> CHANGES = List.of(
            new Change(YearMonth.of(2026, 9), "P-00049", "plannedEnd", "2027-12-31",
                    "the care plan extended the placement to the end of 2027 (the draw had it end in November)"),
            fall(10, "P-00049", "3000.00", "fee negotiated down by exactly the agreed target"),
            fall(10, "P-00066", "2750.00", "fee negotiated down by more than the agreed target"),
            fall(10, "P-00021", "600.00", "fee down by less than the agreed target"),
            ended(10, "P-00030", "the child stepped down to foster care on 9 October"),
            started(10, "P-00151", "a solo specialist placement made in an emergency on 2 October"),
            started(10, "P-00152", "an external children's home with 2:1 staffing from 12 October"),
            fall(11, "P-00021", "400.00", "the rest of the agreed reduction, a month late"),
            fall(11, "P-00151", "2000.00", "the emergency fee renegotiated after the October panel"));

    private static Change fall(int month, String id, String amount, String note) {
        return new Change(YearMonth.of(2026, month), id, "fall", amount, note);
    }

    private static Change ended(int month, String id, String note) {
        return new Change(YearMonth.of(2026, month), id, "ended", null, note);
    }

    private static Change started(int month, String id, String note) {
        return new Change(YearMonth.of(2026, month), id, "started", null, note);
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DemoCycle() {
    }

    public static LocalDate asOf(YearMonth month) {
        return month.atDay(REVIEW_DAY);
    }

    /** Writes the demo authority's case file for one month of the cycle. */
    public static void write(YearMonth month, OutputStream out) throws IOException {
        if (!MONTHS.contains(month)) {
            throw new IllegalArgumentException("the demo cycle has the months " + MONTHS + ", not " + month);
        }
        ByteArrayOutputStream september = new ByteArrayOutputStream();
        new DemoAuthorityGenerator(DemoAuthorityGenerator.DEFAULT_SEED, asOf(MONTHS.get(0))).write(150, september);
        ObjectNode file = (ObjectNode) JSON.readTree(september.toByteArray());
        file.put("asOf", asOf(month).toString());
        ArrayNode placements = (ArrayNode) file.get("placements");
        for (Change change : CHANGES) {
            if (!change.month().isAfter(month)) {
                apply(change, placements);
            }
        }
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JSON.writeTree(generator, file);
        }
    }

    private static void apply(Change change, ArrayNode placements) {
        switch (change.kind()) {
            case "fall" -> {
                ObjectNode weekly = (ObjectNode) find(placements, change.placementId()).get("weekly");
                weekly.put("core", weekly.get("core").decimalValue().subtract(new BigDecimal(change.value())));
            }
            case "plannedEnd" -> ((ObjectNode) find(placements, change.placementId())).put("plannedEnd",
                    change.value());
            case "ended" -> placements.remove(indexOf(placements, change.placementId()));
            case "started" -> placements.add(newPlacement(placements, change.placementId()));
            default -> throw new IllegalStateException(change.kind());
        }
    }

    private static JsonNode find(ArrayNode placements, String id) {
        return placements.get(indexOf(placements, id));
    }

    private static int indexOf(ArrayNode placements, String id) {
        for (int i = 0; i < placements.size(); i++) {
            if (id.equals(placements.get(i).get("id").asText())) {
                return i;
            }
        }
        throw new IllegalStateException("the demo has no placement " + id);
    }

    /**
     * The two placements that start in October, high-cost residential placements made at short notice: a copy of the
     * first September placement of the same type (needs, stability, care plan) with their own child, dates and fees.
     */
    private static ObjectNode newPlacement(ArrayNode placements, String id) {
        boolean solo = "P-00151".equals(id);
        String type = solo ? "SOLO_SPECIALIST_RESIDENTIAL" : "EXTERNAL_CHILDRENS_HOME";
        ObjectNode p = null;
        for (JsonNode existing : placements) {
            if (type.equals(existing.get("type").asText())) {
                p = existing.deepCopy();
                break;
            }
        }
        if (p == null) {
            throw new IllegalStateException("the demo has no " + type + " placement to copy");
        }
        p.put("id", id);
        ObjectNode child = (ObjectNode) p.get("child");
        child.put("ref", solo ? "C-900151" : "C-900152");
        child.put("birthMonth", solo ? "2012-03" : "2010-07");
        ObjectNode provider = (ObjectNode) p.get("provider");
        provider.put("ref", solo ? "PRV-03" : "PRV-11");
        provider.put("onFramework", false);
        p.put("start", solo ? "2026-10-02" : "2026-10-12");
        p.put("plannedEnd", solo ? "2027-04-02" : "2027-10-12");
        ObjectNode weekly = (ObjectNode) p.get("weekly");
        weekly.put("core", new BigDecimal(solo ? "14500.00" : "7800.00"));
        weekly.put("additionalStaffing", new BigDecimal(solo ? "5200.00" : "4600.00"));
        weekly.put("therapy", new BigDecimal(solo ? "650.00" : "0.00"));
        weekly.put("transport", new BigDecimal(solo ? "0.00" : "180.00"));
        p.remove("previousWeeklyCore");
        p.put("staffingRatio", "2:1");
        p.put("staffingReason", "BEHAVIOUR");
        p.put("reviewedOn", solo ? "2026-10-16" : "2026-10-20");
        return p;
    }
}
