package placementreview.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import placementreview.engine.Evaluation;
import placementreview.engine.RuleSources;
import placementreview.io.InputException;
import placementreview.model.CaseFile;
import placementreview.report.ApiJson;
import placementreview.report.HtmlPack;
import placementreview.report.ReviewCsv;
import placementreview.report.ReviewJson;
import placementreview.report.StepDownJson;
import placementreview.review.RankBy;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.review.StepDownCheck;
import placementreview.store.ShownOf;

/**
 * The API's handlers. Each one reads the request (parameters, case file), calls the one ReviewService the CLI
 * uses and writes the CLI's own output format: no decision is made here.
 */
final class Api {
    /** How a request body is named in messages, where the CLI names the file. */
    static final String BODY_NAME = "request body";
    /** The request attribute the access log reads the number of placements from. */
    static final String PLACEMENTS = "placements";
    private static final int SMALL_CASELOAD = 32;

    private final ReviewService service;
    private final RuleSources sources;
    private final long maxBodyBytes;
    private final int threadsPerReview;
    private final ServiceReceipts receipts;

    Api(ReviewService service, RuleSources sources, long maxBodyBytes, int threadsPerReview,
        ServiceReceipts receipts) {
        this.service = service;
        this.sources = sources;
        this.maxBodyBytes = maxBodyBytes;
        this.threadsPerReview = threadsPerReview;
        this.receipts = receipts;
    }

    void health(Context ctx) {
        json(ctx, ApiJson.text(ApiJson.health(service.rulebase())));
    }

    void rules(Context ctx) {
        json(ctx, ApiJson.text(ApiJson.rules(service.rulebase(), sources)));
    }

    void review(Context ctx) {
        CaseFile caseFile = readCases(ctx);
        Review review = review(ctx, caseFile);
        StringWriter out = new StringWriter();
        write(() -> ReviewJson.write(review, out));
        json(ctx, recorded(ctx, caseFile, reviewArguments(ctx, review, "json"), "json", out.toString(),
                ShownOf.review(review)));
    }

    void reviewCsv(Context ctx) {
        String section = param(ctx, "section", "placements");
        if (!section.equals("placements") && !section.equals("options")) {
            throw new ApiException(400, "section", "section must be placements or options, not " + section);
        }
        CaseFile caseFile = readCases(ctx);
        Review review = review(ctx, caseFile);
        StringWriter out = new StringWriter();
        write(() -> {
            if (section.equals("options")) {
                ReviewCsv.writeOptions(review, out);
            } else {
                ReviewCsv.write(review, out);
            }
        });
        List<String> arguments = new java.util.ArrayList<>(reviewArguments(ctx, review, "csv"));
        arguments.addAll(List.of("--section", section));
        download(ctx, "text/csv; charset=utf-8", "review-" + review.asOf() + "-" + section + ".csv",
                recorded(ctx, caseFile, arguments, "csv", out.toString(), ShownOf.review(review)));
    }

    void pack(Context ctx) {
        CaseFile caseFile = readCases(ctx);
        Review review = review(ctx, caseFile);
        download(ctx, "text/html; charset=utf-8", "panel-pack-" + review.asOf() + ".html",
                recorded(ctx, caseFile, reviewArguments(ctx, review, "html"), "html",
                        HtmlPack.render(review, service.rulebase().catalogue()), ShownOf.review(review)));
    }

    void explain(Context ctx) {
        String placementId = placementId(ctx);
        CaseFile caseFile = readCases(ctx);
        Evaluation evaluation = about(placementId, () -> service.explain(caseFile, placementId));
        json(ctx, recorded(ctx, caseFile, placementArguments(ctx, "explain", placementId), "json",
                ApiJson.text(ApiJson.explain(evaluation, caseFile, service.rulebase().version())),
                ShownOf.explain(evaluation)));
    }

    /** The social worker's step-down check of one placement: the JSON of {@code check --format json}. */
    void check(Context ctx) {
        String placementId = placementId(ctx);
        CaseFile caseFile = readCases(ctx);
        StepDownCheck check = about(placementId, () -> service.check(caseFile, placementId, threadsFor(caseFile)));
        StringWriter out = new StringWriter();
        write(() -> StepDownJson.write(check, out));
        json(ctx, recorded(ctx, caseFile, placementArguments(ctx, "check", placementId), "json", out.toString(),
                ShownOf.check(check)));
    }

    /**
     * Reads the case file from the body (CSV when the Content-Type is text/csv, JSON otherwise): 400 when unusable,
     * 422 when no record in it could be reviewed.
     */
    CaseFile readCases(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        boolean csv = type.startsWith("text/csv");
        LocalDate asOf = asOf(ctx);
        byte[] body;
        try {
            body = RequestBody.read(ctx, maxBodyBytes).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.attribute(ServiceReceipts.BODY, body);
        ctx.attribute(ServiceReceipts.CSV, csv);
        CaseFile caseFile = service.read(BODY_NAME, new java.io.ByteArrayInputStream(body), asOf, csv);
        ctx.attribute(PLACEMENTS, caseFile.placements().size());
        if (caseFile.placements().isEmpty() && !caseFile.rejected().isEmpty()) {
            throw new ApiException(422, caseFile.rejected().stream()
                    .map(r -> new ApiError(r.id(), r.field(), r.message())).toList());
        }
        return caseFile;
    }

    /** The answer as sent: recorded first when the service keeps receipts. */
    private String recorded(Context ctx, CaseFile caseFile, List<String> arguments, String format, String output,
                            placementreview.store.Shown shown) {
        return receipts == null ? output
                : receipts.record(ctx, service, caseFile, arguments, format, output, shown);
    }

    /** The command line that gives the same review as this request (what replay re-runs). */
    private static List<String> reviewArguments(Context ctx, Review review, String format) {
        List<String> arguments = new java.util.ArrayList<>(List.of("review", BODY_NAME, "--format", format,
                "--top", String.valueOf(review.topCount()), "--by", review.rankedBy().name().toLowerCase(
                        java.util.Locale.ROOT)));
        asOfArgument(ctx, arguments);
        return arguments;
    }

    private static List<String> placementArguments(Context ctx, String command, String placementId) {
        List<String> arguments = new java.util.ArrayList<>(List.of(command, BODY_NAME, "--placement", placementId,
                "--format", "json"));
        asOfArgument(ctx, arguments);
        return arguments;
    }

    private static void asOfArgument(Context ctx, List<String> arguments) {
        LocalDate asOf = asOf(ctx);
        if (asOf != null) {
            arguments.addAll(List.of("--as-of", asOf.toString()));
        }
    }

    private Review review(Context ctx, CaseFile caseFile) {
        int top = integer(ctx, "top", ReviewOptions.DEFAULT_TOP, 1, 100_000);
        String by = param(ctx, "by", "cost");
        RankBy rankBy = switch (by) {
            case "cost" -> RankBy.COST;
            case "saving" -> RankBy.SAVING;
            default -> throw new ApiException(400, "by", "by must be cost or saving, not " + by);
        };
        return service.review(caseFile, new ReviewOptions(top, rankBy, threadsFor(caseFile)));
    }

    /**
     * Worker threads for one request: a small caseload runs on the request's own thread (a pool per request would
     * cost more than it saves, and concurrent requests already share the cores); a large one in parallel.
     */
    private int threadsFor(CaseFile caseFile) {
        return caseFile.placements().size() < SMALL_CASELOAD ? 1 : threadsPerReview;
    }

    /** Runs a step about one placement: "not in the case file" is a 422 naming the placement. */
    static <T> T about(String placementId, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InputException e) {
            throw new ApiException(422, List.of(new ApiError(placementId, "placement", e.getMessage())));
        }
    }

    static String placementId(Context ctx) {
        String id = ctx.queryParam("placement");
        if (id == null || id.isBlank()) {
            throw new ApiException(400, "placement", "give the placement id, e.g. ?placement=P-00001");
        }
        return id.strip();
    }

    private static LocalDate asOf(Context ctx) {
        String text = ctx.queryParam("asOf");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "asOf", "asOf must be a date YYYY-MM-DD, not " + text);
        }
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new ApiException(400, name, name + " must be a whole number from " + min + " to " + max + ", not "
                + text);
    }

    private static String param(Context ctx, String name, String fallback) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? fallback : text.strip();
    }

    static void json(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }

    private static void download(Context ctx, String type, String fileName, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType(type).result(body);
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
