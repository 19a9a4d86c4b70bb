package placementreview.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import placementreview.engine.Evaluation;
import placementreview.engine.RuleSources;
import placementreview.io.InputException;
import placementreview.model.CaseFile;
import placementreview.report.CsvSection;
import placementreview.report.Format;
import placementreview.report.Report;
import placementreview.report.Reports;
import placementreview.review.RankBy;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.review.StepDownCheck;

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

    Api(ReviewService service, RuleSources sources, long maxBodyBytes, int threadsPerReview) {
        this.service = service;
        this.sources = sources;
        this.maxBodyBytes = maxBodyBytes;
        this.threadsPerReview = threadsPerReview;
    }

    void health(Context ctx) {
        respond(ctx, Reports.health(service.rulebase()), Format.JSON);
    }

    void rules(Context ctx) {
        respond(ctx, Reports.rules(service.rulebase(), sources), Format.JSON);
    }

    void review(Context ctx) {
        Review review = review(ctx, readCases(ctx));
        respond(ctx, Reports.review(review, CsvSection.PLACEMENTS, service.rulebase().catalogue()), Format.JSON);
    }

    void reviewCsv(Context ctx) {
        CsvSection section = parsed("section", () -> CsvSection.parse(param(ctx, "section", "placements")));
        Review review = review(ctx, readCases(ctx));
        download(ctx, "review-" + review.asOf() + "-" + section.label() + ".csv",
                Reports.review(review, section, service.rulebase().catalogue()), Format.CSV);
    }

    void pack(Context ctx) {
        Review review = review(ctx, readCases(ctx));
        download(ctx, "panel-pack-" + review.asOf() + ".html",
                Reports.review(review, CsvSection.PLACEMENTS, service.rulebase().catalogue()), Format.HTML);
    }

    void explain(Context ctx) {
        String placementId = placementId(ctx);
        CaseFile caseFile = readCases(ctx);
        Evaluation evaluation = about(placementId, () -> service.explain(caseFile, placementId));
        respond(ctx, Reports.explain(evaluation, caseFile, service.rulebase().version()), Format.JSON);
    }

    /** The social worker's step-down check of one placement: the JSON of {@code check --format json}. */
    void check(Context ctx) {
        String placementId = placementId(ctx);
        CaseFile caseFile = readCases(ctx);
        StepDownCheck check = about(placementId, () -> service.check(caseFile, placementId, threadsFor(caseFile)));
        respond(ctx, Reports.check(check, true), Format.JSON);
    }

    /**
     * Reads the case file from the body (CSV when the Content-Type is text/csv, JSON otherwise): 400 when unusable,
     * 422 when no record in it could be reviewed.
     */
    CaseFile readCases(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        boolean csv = type.startsWith("text/csv");
        LocalDate asOf = asOf(ctx);
        InputStream body = RequestBody.read(ctx, maxBodyBytes);
        CaseFile caseFile = service.read(BODY_NAME, body, asOf, csv);
        ctx.attribute(PLACEMENTS, caseFile.placements().size());
        if (caseFile.placements().isEmpty() && !caseFile.rejected().isEmpty()) {
            throw new ApiException(422, caseFile.rejected().stream()
                    .map(r -> new ApiError(r.id(), r.field(), r.message())).toList());
        }
        return caseFile;
    }

    private Review review(Context ctx, CaseFile caseFile) {
        int top = integer(ctx, "top", service.panelTop(), 1, 100_000);
        RankBy rankBy = parsed("by", () -> RankBy.parse(param(ctx, "by", "cost")));
        return service.review(caseFile, new ReviewOptions(top, rankBy, threadsFor(caseFile)));
    }

    /** A query parameter parsed where the CLI parses it: its message, as a 400 naming the parameter. */
    private static <T> T parsed(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InputException e) {
            throw new ApiException(400, name, e.getMessage().replaceFirst("^--", ""));
        }
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
        ctx.contentType(Format.JSON.mediaType()).result(body);
    }

    private static void respond(Context ctx, Report report, Format format) {
        ctx.contentType(format.mediaType()).result(text(report, format));
    }

    private static void download(Context ctx, String fileName, Report report, Format format) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        respond(ctx, report, format);
    }

    private static String text(Report report, Format format) {
        StringWriter out = new StringWriter();
        try {
            report.write(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
