package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.http.Role;
import placementreview.http.Tokens;
import placementreview.http.WebServer;
import placementreview.review.PolicyAlternatives;
import placementreview.store.Database;
import placementreview.store.ReceiptStore;
import placementreview.store.TestDatabases;
import placementreview.testing.TestRules;

/**
 * A review the service records compares itself with the authority's previous recorded review, as
 * {@code review --record} does: over HTTP, September's and October's demo panels with a decision between them give
 * October's pack its "Since the last panel" page and the review JSON its sinceLast, and the pack replays identically.
 */
class ServiceSinceLastTest {
    private static final String PANEL = "panel-token-0123456789abcdef";
    private static final String AUDITOR = "auditor-token-0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void octobersRecordedPackAndReviewCompareWithSeptember() throws Exception {
        try (ReceiptStore store = new ReceiptStore(Database.open(TestDatabases.H2.fresh(), 4))) {
            WebServer server = start(store);
            try {
                HttpResponse<String> september = send(server, "api/review", PANEL, month("2026-09"));
                assertThat(september.statusCode()).as(september.body()).isEqualTo(200);
                JsonNode first = JSON.readTree(september.body()).path("sinceLast");
                assertThat(first.path("previousReceipt").isNull()).as("nothing recorded before September").isTrue();
                String sep = september.headers().firstValue("Receipt-Id").orElseThrow();
                HttpResponse<String> decided = send(server, "api/decisions", PANEL, "{\"receipt\": \"" + sep
                        + "\", \"placement\": \"P-00049\", \"option\": \"CR-02\", \"decision\": \"AGREED\", "
                        + "\"owner\": \"Commissioning\", \"due\": \"2026-10-31\", \"targetWeekly\": 3000}");
                assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);

                HttpResponse<String> pack = send(server, "api/pack", PANEL, month("2026-10"));
                assertThat(pack.statusCode()).as(pack.body()).isEqualTo(200);
                assertThat(pack.body()).contains("<h2>Since the last panel</h2>",
                        "1 agreed action in force: 1 delivered", "£3,000.00");

                HttpResponse<String> review = send(server, "api/review", PANEL, month("2026-10"));
                assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
                JsonNode october = JSON.readTree(review.body()).path("sinceLast");
                assertThat(october.path("previousReceipt").path("id").asText()).isEqualTo(sep);
                assertThat(ids(october.path("ended"))).containsExactly("P-00030");
                assertThat(ids(october.path("newPlacements"))).containsExactlyInAnyOrder("P-00151", "P-00152");
                assertThat(october.path("actions")).hasSize(1);
                assertThat(october.path("actions").get(0).path("status").asText()).isEqualTo("DELIVERED");

                String packReceipt = pack.headers().firstValue("Receipt-Id").orElseThrow();
                HttpResponse<String> replay = send(server, "api/receipts/" + packReceipt + "/replay", AUDITOR, "");
                assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
                assertThat(JSON.readTree(replay.body()).path("outcome").asText()).isEqualTo("IDENTICAL");
            } finally {
                server.stop();
            }
        }
    }

    private static String month(String month) throws IOException {
        return Files.readString(Path.of("cases/demo/demo-authority-" + month + ".json"));
    }

    private static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.path("placementId").asText()));
        return ids;
    }

    private static WebServer start(ReceiptStore store) {
        RuleFolder rules = RuleFolder.of(Path.of("rules"));
        Tokens tokens = Tokens.of(Map.of(PANEL, Role.PANEL, AUDITOR, Role.AUDITOR));
        return new WebServer(TestRules.service(), RuleSources.of(rules), tokens,
                new WebServer.Settings("127.0.0.1", 0, 8 * 1024 * 1024, 2),
                PolicyAlternatives.none(rules, TestRules.rulebase()),
                new WebServer.Receipts(store, rules, new ReplayCommand.CommandReplayer())).start();
    }

    private static HttpResponse<String> send(WebServer server, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
