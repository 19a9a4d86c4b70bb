package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.http.Role;
import placementreview.http.Tokens;
import placementreview.http.WebServer;
import placementreview.review.PolicyAlternatives;
import placementreview.store.Database;
import placementreview.store.DatabaseUrl;
import placementreview.store.ReceiptStore;
import placementreview.store.TestDatabases;
import placementreview.testing.TestRules;

/**
 * The panel's decisions over the web, on H2 and PostgreSQL: the panel records a decision on an option of a review
 * the service answered (and recorded), other roles may not, a bad reference is a 400 naming the field with nothing
 * written, and the decision is still listed after the service is stopped and started again on the same database.
 */
class ServiceDecisionsTest {
    private static final String PANEL = "panel-token-0123456789abcdef";
    private static final String AUDITOR = "auditor-token-0123456789abcdef";
    private static final String SOCIAL_WORKER = "social-worker-token-0123456789";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String CASES = "{\"authority\": \"Web Council\", \"asOf\": \"2026-09-30\", \"placements\": ["
            + "{\"id\": \"P-A\", \"child\": {\"ref\": \"C-1\", \"birthMonth\": \"2012-01\"}, \"type\": "
            + "\"EXTERNAL_CHILDRENS_HOME\", \"start\": \"2025-01-01\", \"weeksPerYear\": 52, \"weekly\": {\"core\": "
            + "7687.22}}]}";

    private static Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thePanelRecordsADecisionThatSurvivesARestart(TestDatabases kind) throws Exception {
        DatabaseUrl url = kind.fresh();
        String decisionId;
        try (ReceiptStore store = new ReceiptStore(Database.open(url, 4))) {
            WebServer server = start(store);
            try {
                HttpResponse<String> review = send(server, "api/review", PANEL, CASES);
                assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
                String receipt = review.headers().firstValue("Receipt-Id").orElseThrow();
                String body = "{\"receipt\": \"" + receipt + "\", \"placement\": \"P-A\", \"option\": \"CR-02\", "
                        + "\"decision\": \"AGREED\", \"owner\": \"Commissioning lead\", \"due\": \"2026-10-31\"}";

                assertThat(send(server, "api/decisions", AUDITOR, body).statusCode()).isEqualTo(403);
                assertThat(send(server, "api/decisions", SOCIAL_WORKER, null).statusCode()).isEqualTo(403);
                HttpResponse<String> bad = send(server, "api/decisions", PANEL, body.replace("P-A", "P-NONE"));
                assertThat(bad.statusCode()).isEqualTo(400);
                assertThat(bad.body()).contains("\"field\"", "placement", "placement P-NONE is not in receipt");
                HttpResponse<String> unknownField = send(server, "api/decisions", PANEL,
                        body.replace("\"owner\"", "\"ownr\""));
                assertThat(unknownField.statusCode()).isEqualTo(400);
                assertThat(unknownField.body()).contains("unknown field ownr");

                HttpResponse<String> decided = send(server, "api/decisions", PANEL, body);
                assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
                JsonNode decision = new ObjectMapper().readTree(decided.body());
                decisionId = decision.path("id").asText();
                // CR-02: (7,687.22 - the £6,687.22 benchmark at 2026-27 prices) x 50% achievable
                assertThat(decision.path("targetWeekly").decimalValue()).isEqualByComparingTo("500.00");
                assertThat(decision.path("recordedBy").asText()).startsWith("service panel token-");
                assertThat(decided.body()).doesNotContain(PANEL);
            } finally {
                server.stop();
            }
        }
        try (ReceiptStore store = new ReceiptStore(Database.open(url, 4))) {
            WebServer server = start(store);
            try {
                HttpResponse<String> listed = send(server, "api/decisions?open=true", AUDITOR, null);
                assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
                JsonNode decisions = new ObjectMapper().readTree(listed.body()).path("decisions");
                assertThat(decisions).hasSize(1);
                assertThat(decisions.get(0).path("id").asText()).isEqualTo(decisionId);
                assertThat(decisions.get(0).path("delivery").path("status").asText()).isEqualTo("NOT_YET");
            } finally {
                server.stop();
            }
        }
    }

    private static WebServer start(ReceiptStore store) {
        RuleFolder rules = RuleFolder.of(Path.of("rules"));
        Tokens tokens = Tokens.of(Map.of(PANEL, Role.PANEL, AUDITOR, Role.AUDITOR, SOCIAL_WORKER, Role.SOCIAL_WORKER));
        return new WebServer(TestRules.service(), RuleSources.of(rules), tokens,
                new WebServer.Settings("127.0.0.1", 0, 1024 * 1024, 2),
                PolicyAlternatives.none(rules, TestRules.rulebase()),
                new WebServer.Receipts(store, rules, new ReplayCommand.CommandReplayer())).start();
    }

    private static HttpResponse<String> send(WebServer server, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request = body == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
