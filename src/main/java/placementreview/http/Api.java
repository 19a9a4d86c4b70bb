package placementreview.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import placementreview.engine.Evaluation;
import placementreview.engine.RuleSources;
import placementreview.io.InputException;
import placementreview.model.CaseFile;
import placementreview.model.RatePrice;
import placementreview.report.CsvSection;
import placementreview.report.Format;
import placementreview.report.Report;
import placementreview.report.Reports;
import placementreview.report.ReviewJson;
import placementreview.review.PolicyAlternatives;
import placementreview.review.PolicyComparison;
import placementreview.review.RankBy;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.review.SavingsPlan;
import placementreview.review.SinceLast;
import placementreview.review.StepDownCheck;
import placementreview.review.WhatIf;
import placementreview.store.Shown;
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
    private final PolicyAlternatives alternatives;
    private final ServiceReceipts receipts;
    private final ParsedBodies bodies = new ParsedBodies();

    Api(ReviewService service, RuleSources sources, long maxBodyBytes, int threadsPerReview,
        PolicyAlternatives alternatives, ServiceReceipts receipts) {
        this.service = service;
        this.alternatives = alternatives;
        this.sources = sources;
        this.maxBodyBytes = maxBodyBytes;
        this.threadsPerReview = threadsPerReview;
        this.receipts = receipts;
    }

    /** What a recorded answer stores beside the output: the case file, the equivalent command line, what it shows. */
    private record Recording(CaseFile caseFile, List<String> arguments, Shown shown) {
    }

    void health(Context ctx) {
        respond(ctx, Reports.health(service.rulebase()), Format.JSON);
    }

    void rules(Context ctx) {
        respond(ctx, Reports.rules(service.rulebase(), sources, RatePrice.yearOf(LocalDate.now())), Format.JSON);
    }

    void review(Context ctx) {
        CaseFile caseFile = readCases(ctx);
        Review review = review(ctx, caseFile);
        SinceLast sinceLast = sinceLast(ctx, review);
        respond(ctx, Reports.review(review, sinceLast, CsvSection.PLACEMENTS, service.rulebase().catalogue()),
                Format.JSON, new Recording(caseFile, reviewArguments(ctx, review, Format.JSON),
                        shown(review, sinceLast)));
    }

    void reviewCsv(Context ctx) {
        // the body first, so a client still sending it reads a bad section's 400 rather than a closed connection
        CaseFile caseFile = readCases(ctx);
        CsvSection section = parsed("section", () -> CsvSection.parse(param(ctx, "section", "placements")));
        Review review = review(ctx, caseFile);
        SinceLast sinceLast = sinceLast(ctx, review);
        List<String> arguments = new ArrayList<>(reviewArguments(ctx, review, Format.CSV));
        arguments.addAll(List.of("--section", section.label()));
        download(ctx, "review-" + review.asOf() + "-" + section.label() + ".csv",
                Reports.review(review, sinceLast, section, service.rulebase().catalogue()), Format.CSV,
                new Recording(caseFile, arguments, shown(review, sinceLast)));
    }

    /** The panel pack; when the service keeps receipts, with the "Since the last panel" page as a recorded review's. */
    void pack(Context ctx) {
        CaseFile caseFile = readCases(ctx);
        Review review = review(ctx, caseFile);
        SinceLast sinceLast = sinceLast(ctx, review);
        download(ctx, "panel-pack-" + review.asOf() + ".html",
                Reports.review(review, sinceLast, CsvSection.PLACEMENTS, service.rulebase().catalogue()), Format.HTML,
                new Recording(caseFile, reviewArguments(ctx, review, Format.HTML), shown(review, sinceLast)));
    }

    /** A review the service records compares itself with the last panel, as {@code review --record} does. */
    private SinceLast sinceLast(Context ctx, Review review) {
        return receipts == null ? null : receipts.sinceLast(ctx, review);
    }

    private static Shown shown(Review review, SinceLast sinceLast) {
        Shown shown = ShownOf.review(review);
        return sinceLast == null ? shown : shown.withSinceLast();
    }

    void explain(Context ctx) {
        // the body first, so a client still sending it reads a missing placement's 400 rather than a closed connection
        CaseFile caseFile = readCases(ctx);
        String placementId = placementId(ctx);
        Evaluation evaluation = about(placementId, () -> service.explain(caseFile, placementId));
        SavingsPlan plan = service.savingsPlan(caseFile, evaluation, threadsFor(caseFile));
        respond(ctx, Reports.explain(evaluation, plan, caseFile, service.rulebase().version()), Format.JSON,
                new Recording(caseFile, placementArguments(ctx, "explain", placementId), ShownOf.explain(evaluation)));
    }

    /** The social worker's step-down check of one placement: the JSON of {@code check --format json}. */
    void check(Context ctx) {
        // the body first, so a client still sending it reads a missing placement's 400 rather than a closed connection
        CaseFile caseFile = readCases(ctx);
        String placementId = placementId(ctx);
        StepDownCheck check = about(placementId, () -> service.check(caseFile, placementId, threadsFor(caseFile)));
        respond(ctx, Reports.check(check, true), Format.JSON,
                new Recording(caseFile, placementArguments(ctx, "check", placementId), ShownOf.check(check)));
    }

    /** The named alternatives this service compares against, with their rulebase versions. */
    void alternatives(Context ctx) {
        var root = ReviewJson.MAPPER.createObjectNode();
        root.put("rulebaseVersion", service.rulebase().version());
        var list = root.putArray("alternatives");
        alternatives.versions().forEach((name, version) -> list.addObject().put("name", name)
                .put("rulebaseVersion", version));
        json(ctx, ReviewJson.text(root));
    }

    /**
     * The case file in the body under the base rules and a named alternative and/or parameters set
     * ({@code ?against=NAME&set=NAME:VALUE}): the what-if's JSON, or its printable page with {@code format=html}.
     * The body (bounded by the size limit) is read before the parameters are checked, so a client still sending it
     * reads the 400 rather than a closed connection.
     */
    void whatIf(Context ctx) {
        byte[] body;
        try (InputStream in = RequestBody.read(ctx, maxBodyBytes)) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Format format = parsed("format", () -> Format.parse(param(ctx, "format", "json")));
        if (format != Format.JSON && format != Format.HTML) {
            throw new ApiException(400, "format", "format must be json or html, not " + format.label());
        }
        List<String> settings = ctx.queryParams("set").stream().filter(s -> !s.isBlank()).toList();
        String against = ctx.queryParam("against") == null || ctx.queryParam("against").isBlank() ? null
                : ctx.queryParam("against").strip();
        PolicyComparison comparison = parsed(against == null ? "set" : "against",
                () -> alternatives.comparison(against, settings));
        // without top, each side shows its own rules' panel top N (a policy change may change that too)
        Integer top = param(ctx, "top", null) == null ? null : integer(ctx, "top", 0, 1, 100_000);
        RankBy rankBy = parsed("by", () -> RankBy.parse(param(ctx, "by", "cost")));
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        LocalDate asOf = asOf(ctx);
        WhatIf whatIf;
        try {
            whatIf = comparison.run(BODY_NAME, body, type.startsWith("text/csv"), asOf,
                    new ReviewOptions(top, rankBy, threadsPerReview));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.attribute(PLACEMENTS, whatIf.before().ranked().size());
        if (whatIf.before().ranked().isEmpty() && !whatIf.rejected().isEmpty()) {
            throw new ApiException(422, whatIf.rejected().stream()
                    .map(r -> new ApiError(r.id(), r.field(), r.message())).toList());
        }
        if (format == Format.HTML) {
            download(ctx, "what-if-" + whatIf.before().asOf() + ".html", Reports.whatIf(whatIf), format, null);
        } else {
            respond(ctx, Reports.whatIf(whatIf), format);
        }
    }

    /**
     * Reads the case file from the body (CSV when the Content-Type is text/csv, JSON otherwise), or takes it from
     * an earlier request with the same body: 400 when unusable, 422 when no record in it could be reviewed.
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
        CaseFile caseFile = bodies.read(body, csv, asOf,
                () -> service.read(BODY_NAME, new ByteArrayInputStream(body), asOf, csv));
        ctx.attribute(PLACEMENTS, caseFile.placements().size());
        if (caseFile.placements().isEmpty() && !caseFile.rejected().isEmpty()) {
            throw new ApiException(422, caseFile.rejected().stream()
                    .map(r -> new ApiError(r.id(), r.field(), r.message())).toList());
        }
        return caseFile;
    }

    /** The command line that gives the same review as this request (what replay re-runs). */
    private static List<String> reviewArguments(Context ctx, Review review, Format format) {
        List<String> arguments = new ArrayList<>(List.of("review", BODY_NAME, "--format", format.label(),
                "--top", String.valueOf(review.topCount()), "--by", review.rankedBy().name().toLowerCase(
                        java.util.Locale.ROOT)));
        asOfArgument(ctx, arguments);
        return arguments;
    }

    private static List<String> placementArguments(Context ctx, String command, String placementId) {
        List<String> arguments = new ArrayList<>(List.of(command, BODY_NAME, "--placement", placementId,
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

    private void respond(Context ctx, Report report, Format format) {
        respond(ctx, report, format, null);
    }

    /** Writes the answer; when the service keeps receipts, records it first (recording may be null: not recorded). */
    private void respond(Context ctx, Report report, Format format, Recording recording) {
        String text = text(report, format);
        if (receipts != null && recording != null) {
            text = receipts.record(ctx, service, recording.caseFile(), recording.arguments(), format.label(), text,
                    recording.shown());
        }
        ctx.contentType(format.mediaType()).result(text);
    }

    private void download(Context ctx, String fileName, Report report, Format format, Recording recording) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        respond(ctx, report, format, recording);
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
