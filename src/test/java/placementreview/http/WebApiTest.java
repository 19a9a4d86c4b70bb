package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.http.TestServer.AUDITOR;
import static placementreview.http.TestServer.PANEL;
import static placementreview.http.TestServer.SOCIAL_WORKER;
import static placementreview.http.TestServer.demo;
import static placementreview.http.TestServer.get;
import static placementreview.http.TestServer.post;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import placementreview.io.Sha256;
import placementreview.model.CaseFile;
import placementreview.report.ReviewJson;
import placementreview.review.RankBy;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/** The JSON API over real HTTP on 127.0.0.1: each endpoint, each role boundary, and bad input. */
class WebApiTest {
    static JsonNode json(HttpResponse<String> response) {
        try {
            return ReviewJson.MAPPER.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    static String firstError(HttpResponse<String> response) {
        return json(response).path("errors").path(0).path("message").asText();
    }

    @Test
    void healthIsPublicAndNamesTheRulebaseWithSecurityHeaders() {
        HttpResponse<String> r = get("/api/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("status").asText()).isEqualTo("ok");
        assertThat(json(r).path("rulebaseVersion").asText()).isEqualTo(TestRules.rulebase().version());
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void pagesArePublicWithTheCspAndNoInlineScriptOrStyle() {
        for (String page : List.of("/", "/panel.html", "/check.html", "/rules.html")) {
            HttpResponse<String> r = get(page, null);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page).isPresent();
            assertThat(r.body()).as(page).contains("<script src=\"/app.js\" defer></script>")
                    .doesNotContain("<script>", "style=", "onclick", "<style");
            assertThat(r.body().replaceAll("<script src=\"/app.js\" defer></script>", "")).doesNotContain("<script");
        }
        assertThat(get("/app.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/app.css", null).statusCode()).isEqualTo(200);
    }

    @Test
    void reviewGivesTheSameJsonAsTheCli() throws Exception {
        HttpResponse<String> r = post("/api/review?top=5&by=saving", PANEL, demo());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(TestServer.DEMO), null);
        StringWriter expected = new StringWriter();
        ReviewJson.write(service.review(caseFile, new ReviewOptions(5, RankBy.SAVING, 1)), expected);
        assertThat(r.body()).isEqualTo(expected.toString());
        assertThat(json(r).path("top").size()).isEqualTo(5);
    }

    @Test
    void withoutTopTheReviewShowsThePanelsTopNFromTheRules() {
        HttpResponse<String> r = post("/api/review", PANEL, demo());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("top").size()).isEqualTo(TestRules.service().panelTop()).isEqualTo(15);
    }

    @Test
    void reviewTakesTheReviewDateFromTheQuery() {
        HttpResponse<String> r = post("/api/review?top=1&asOf=2026-12-01", PANEL, demo());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("asOf").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void badQueryParametersAre400NamingTheField() {
        HttpResponse<String> top = post("/api/review?top=zero", PANEL, demo());
        assertThat(top.statusCode()).isEqualTo(400);
        assertThat(json(top).path("errors").path(0).path("field").asText()).isEqualTo("top");
        HttpResponse<String> by = post("/api/review?by=name", PANEL, demo());
        assertThat(by.statusCode()).isEqualTo(400);
        assertThat(firstError(by)).isEqualTo("by must be cost or saving, not name");
        HttpResponse<String> asOf = post("/api/review?asOf=23/11/2026", PANEL, demo());
        assertThat(asOf.statusCode()).isEqualTo(400);
        assertThat(json(asOf).path("errors").path(0).path("field").asText()).isEqualTo("asOf");
        HttpResponse<String> section = post("/api/review.csv?section=all", PANEL, demo());
        assertThat(section.statusCode()).isEqualTo(400);
    }

    @Test
    void csvAndPackAreDownloadsForThePanel() {
        HttpResponse<String> csv = post("/api/review.csv?top=3", PANEL, demo());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment", ".csv"));
        assertThat(csv.body().lines().count()).isGreaterThanOrEqualTo(4);
        HttpResponse<String> options = post("/api/review.csv?top=3&section=options", PANEL, demo());
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).isNotEqualTo(csv.body());
        HttpResponse<String> market = post("/api/review.csv?section=market", PANEL, demo());
        assertThat(market.statusCode()).isEqualTo(200);
        assertThat(market.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("-market.csv"));
        assertThat(market.body()).startsWith("type,band,count,lowerQuartile,median,upperQuartile,");
        // one row per group of the review's market, as the JSON API gives it
        assertThat(market.body().lines().count() - 1)
                .isEqualTo(json(post("/api/review", PANEL, demo())).path("market").size()).isGreaterThan(5);
        HttpResponse<String> pack = post("/api/pack", PANEL, demo());
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(pack.body()).startsWith("<!DOCTYPE html>").contains("Demo Borough Council");
    }

    @Test
    void explainGivesThePlacementsFindingsAndTraceToEveryRole() {
        for (String token : List.of(PANEL, SOCIAL_WORKER, AUDITOR)) {
            HttpResponse<String> r = post("/api/explain?placement=P-00049", token, demo());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode p = json(r).path("placement");
            assertThat(p.path("placementId").asText()).isEqualTo("P-00049");
            assertThat(p.path("findings").findValuesAsText("ruleId")).contains("CR-01", "CR-02");
            assertThat(p.path("trace").size()).isGreaterThan(1);
            assertThat(p.has("rank")).isFalse();
        }
    }

    @Test
    void checkGivesTheSocialWorkerTheSameJsonAsTheCli() throws Exception {
        HttpResponse<String> r = post("/api/check?placement=P-00049", SOCIAL_WORKER, demo());
        assertThat(r.statusCode()).isEqualTo(200);
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(TestServer.DEMO), null);
        StringWriter expected = new StringWriter();
        placementreview.report.StepDownJson.write(service.check(caseFile, "P-00049", 1), expected);
        assertThat(r.body()).isEqualTo(expected.toString());
        JsonNode check = json(r);
        assertThat(check.path("placementId").asText()).isEqualTo("P-00049");
        assertThat(check.path("criteria").findValuesAsText("status")).isNotEmpty()
                .allSatisfy(s -> assertThat(s).isIn("MET", "NOT_MET", "UNKNOWN"));
        assertThat(post("/api/check?placement=P-00049", PANEL, demo()).statusCode()).isEqualTo(200);
        assertThat(post("/api/check?placement=P-00049", AUDITOR, demo()).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = post("/api/check?placement=P-404", SOCIAL_WORKER, demo());
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).path("errors").path(0).path("id").asText()).isEqualTo("P-404");
        assertThat(firstError(unknown)).startsWith("no placement or child P-404 in the case file; nearest: ");
        assertThat(post("/api/check", SOCIAL_WORKER, demo()).statusCode()).isEqualTo(400);
        assertThat(post("/api/check?placement=P-00049", null, demo()).statusCode()).isEqualTo(401);
    }

    @Test
    void theCheckPageFormsOneChildsFactsIntoACaseFileTheCheckAccepts() throws Exception {
        // the body the check page's facts form sends: blank fields are left out, so they are not recorded
        String body = """
                {"authority": "One child (entered on the check page)", "asOf": "2026-11-23",
                 "financialYear": {"start": "2026-04-01", "end": "2027-03-31"},
                 "capacity": {"inHouseResidentialBeds": 1},
                 "placements": [{"id": "P-2TO1", "child": {"ref": "C-2TO1", "birthMonth": "2012-05"},
                   "type": "EXTERNAL_CHILDRENS_HOME", "start": "2025-01-06", "weeksPerYear": 52,
                   "weekly": {"core": 9000}, "outOfArea": true, "staffingRatio": "2:1", "staffingReason": "BEHAVIOUR",
                   "needs": {}, "stability": {"placementMoves12m": 0},
                   "carePlan": {"permanenceGoal": "LONG_TERM_FOSTERING", "childViewOnMove": "OPEN",
                                "familyTimeSupportsMove": true, "riskFlags": []}}]}
                """;
        HttpResponse<String> r = post("/api/check?placement=P-2TO1", SOCIAL_WORKER,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode check = json(r);
        assertThat(check.path("answer").asText()).isEqualTo("LESS_INTENSIVE");
        assertThat(check.path("caseloadConsidered").asBoolean()).isFalse();
        assertThat(check.path("capacityNote").asText()).contains("in-house residential beds 1");
        assertThat(check.path("criteria").findValuesAsText("criterion")).contains("family-staffing", "sdq");
        assertThat(check.path("whyNoFamily").asText()).contains("Staffed 2:1 for behaviour or risk",
                "The SDQ total is not recorded");
        HttpResponse<String> page = TestServer.get("/check.html", null);
        assertThat(page.body()).contains("id=\"facts-form\"", "Could this child safely move to a family setting or a"
                + " less intensive placement?");
    }

    @Test
    void explainOfAPlacementNotInTheFileIs422NamingIt() {
        HttpResponse<String> r = post("/api/explain?placement=P-404", SOCIAL_WORKER, demo());
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = json(r).path("errors").path(0);
        assertThat(error.path("id").asText()).isEqualTo("P-404");
        assertThat(error.path("field").asText()).isEqualTo("placement");
        assertThat(error.path("message").asText()).startsWith("no placement or child P-404 in the case file; nearest: ");
        HttpResponse<String> missing = post("/api/explain", SOCIAL_WORKER, demo());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).path("errors").path(0).path("field").asText()).isEqualTo("placement");
    }

    @Test
    void rulesGiveEachRulesSourceTextToAuditorsAndThePanel() {
        HttpResponse<String> r = get("/api/rules", AUDITOR);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rules = json(r).path("rules");
        assertThat(rules.size()).isEqualTo(TestRules.rulebase().catalogue().size());
        for (JsonNode rule : rules) {
            assertThat(rule.path("source").asText()).as(rule.path("id").asText()).startsWith("rule \"")
                    .contains("@id(\"" + rule.path("id").asText() + "\")").endsWith("end\n");
            assertThat(rule.path("folder").asText()).isNotEmpty();
            assertThat(rule.path("policy").asText()).isNotEmpty();
        }
        assertThat(get("/api/rules", PANEL).statusCode()).isEqualTo(200);
    }

    @Test
    void roleBoundaries() {
        byte[] demo = demo();
        assertThat(get("/api/rules", SOCIAL_WORKER).statusCode()).isEqualTo(403);
        assertThat(post("/api/check?placement=P-00049", AUDITOR, demo).statusCode()).isEqualTo(403);
        for (String path : List.of("/api/review", "/api/review.csv", "/api/pack")) {
            assertThat(post(path, SOCIAL_WORKER, demo).statusCode()).as(path).isEqualTo(403);
            assertThat(post(path, AUDITOR, demo).statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> forbidden = post("/api/review", SOCIAL_WORKER, demo);
        assertThat(firstError(forbidden)).isEqualTo("the social-worker role may not use /api/review");
    }

    @Test
    void withoutOrWithAnUnknownTokenIs401() {
        for (String path : List.of("/api/review", "/api/explain?placement=P-00049", "/api/pack")) {
            HttpResponse<String> none = post(path, null, demo());
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(post(path, "not-a-token-of-this-server", demo()).statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> basic = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/api/rules"))
                .header("Authorization", "Basic " + PANEL).GET().build());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(get("/api/rules", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutALength() {
        byte[] big = new byte[(int) TestServer.MAX_BODY + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> sized = post("/api/review", PANEL, big);
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(firstError(sized)).contains("larger than the server's limit of 1 MB");
        HttpResponse<String> chunked = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/api/review"))
                .header("Authorization", "Bearer " + PANEL).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void unusableBodiesAre400WithTheClisMessages() {
        HttpResponse<String> notJson = post("/api/review", PANEL, "placements: none".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(firstError(notJson)).startsWith("request body: not valid JSON at line 1, column");
        HttpResponse<String> empty = post("/api/review", PANEL, new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(firstError(empty)).contains("empty");
        HttpResponse<String> array = post("/api/explain?placement=P-1", SOCIAL_WORKER, "[1, 2]".getBytes(StandardCharsets.UTF_8));
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(firstError(array)).startsWith("request body: not a case file: expected a JSON object");
        HttpResponse<String> noDate = post("/api/review", PANEL, "{\"placements\": []}".getBytes(StandardCharsets.UTF_8));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(firstError(noDate)).startsWith("request body: asOf is missing");
        assertThat(notJson.body()).doesNotContain("Exception", "at placementreview.");
    }

    static final String GOOD = """
            {"id": "P-1", "child": {"ref": "C-1", "birthMonth": "2012-05"}, "type": "IFA",
             "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": 900}}""";
    static final String BAD = """
            {"id": "P-2", "child": {"ref": "C-2", "birthMonth": "2012-05"}, "type": "CASTLE",
             "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": -5}}""";

    static byte[] file(String... records) {
        return ("{\"asOf\": \"2026-11-23\", \"placements\": [" + String.join(",", records) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileWhoseEveryRecordIsRejectedIs422ListingEachProblem() {
        HttpResponse<String> r = post("/api/review", PANEL, file(BAD));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode errors = json(r).path("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).path("id").asText()).isEqualTo("P-2");
        assertThat(errors.get(0).path("field").asText()).isEqualTo("type");
        assertThat(errors.get(0).path("message").asText()).startsWith("\"CASTLE\" is not allowed; allowed values:");
        assertThat(errors.get(1).path("field").asText()).isEqualTo("weekly.core");
        assertThat(errors.get(1).path("message").asText()).isEqualTo("must not be negative (was -5)");
    }

    @Test
    void aFileWithSomeRejectedRecordsIsReviewedWithTheRejectedListed() {
        HttpResponse<String> r = post("/api/review", PANEL, file(GOOD, BAD));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("reviewed").asInt()).isEqualTo(1);
        assertThat(json(r).path("rejected").size()).isEqualTo(2);
        assertThat(json(r).path("rejected").get(0).path("file").asText()).isEqualTo("request body");
    }

    @Test
    void aCsvCaseFileGivesTheSameReviewAsItsJsonTwin() throws Exception {
        byte[] csvBody = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("cases/demo/demo-authority.csv"));
        byte[] jsonBody = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("cases/demo/demo-authority.json"));
        HttpResponse<String> fromCsv = post("/api/review", PANEL, csvBody, "text/csv");
        HttpResponse<String> fromJson = post("/api/review", PANEL, jsonBody, "application/json");
        assertThat(fromCsv.statusCode()).isEqualTo(200);
        // the same review of different bytes: only the input's hash differs
        assertThat(fromCsv.body()).contains("\"inputSha256\" : \"" + Sha256.of(csvBody) + "\"");
        assertThat(fromCsv.body().replace(Sha256.of(csvBody), "<input>"))
                .isEqualTo(fromJson.body().replace(Sha256.of(jsonBody), "<input>"));
    }

    @Test
    void aCsvWithNoUsableRecordIs422NamingTheRow() {
        HttpResponse<String> r = post("/api/review", PANEL,
                ("asOf,id,child.ref,child.birthMonth,type,start,weeksPerYear,weekly.core\n"
                        + "2026-11-23,P-1,C-1,2012-05,CASTLE,2025-01-01,52,900\n").getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("P-1 (row 2)", "CASTLE");
    }

    @Test
    void unknownApiPathsAreJson404s() {
        HttpResponse<String> r = get("/api/nothing", PANEL);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(firstError(r)).isEqualTo("no such endpoint: GET /api/nothing");
    }

    @Test
    void theAccessLogHasNoQueryStringNorCaseContent() {
        Logger access = (Logger) LoggerFactory.getLogger("placementreview.http.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        ch.qos.logback.classic.Level level = access.getLevel();
        access.setLevel(ch.qos.logback.classic.Level.INFO);
        access.setAdditive(false);
        try {
            assertThat(post("/api/explain?placement=P-00049", SOCIAL_WORKER, demo()).statusCode()).isEqualTo(200);
            assertThat(post("/api/explain?placement=P-404", SOCIAL_WORKER, demo()).statusCode()).isEqualTo(422);
            long deadline = System.currentTimeMillis() + 5000;
            while (lines.list.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
        } finally {
            access.detachAppender(lines);
            access.setLevel(level);
            access.setAdditive(true);
        }
        List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).matches("POST /api/explain 200 [0-9.]+ ms placements=150"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("POST /api/explain 422"));
        assertThat(String.join("\n", messages)).doesNotContain("P-00049", "P-404", "C-1", "placement=");
    }
}
