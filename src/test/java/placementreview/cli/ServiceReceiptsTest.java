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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.http.Role;
import placementreview.http.Tokens;
import placementreview.http.WebServer;
import placementreview.store.Database;
import placementreview.store.ReceiptStore;
import placementreview.store.TestDatabases;
import placementreview.review.PolicyAlternatives;
import placementreview.testing.TestRules;

/**
 * The service records what it answers and serves the log, on H2 and PostgreSQL: a social worker's check is a
 * receipt naming the role and token label (never the token), the auditor lists it and replays it identically,
 * other roles may not.
 */
class ServiceReceiptsTest {
    private static final String SOCIAL_WORKER = "social-worker-token-0123456789";
    private static final String AUDITOR = "auditor-token-0123456789abcdef";
    private static final String PANEL = "panel-token-0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCheckAnsweredIsRecordedListedAndReplayedByTheAuditorOnly(TestDatabases kind) throws Exception {
        RuleFolder rules = RuleFolder.of(Path.of("rules"));
        try (ReceiptStore store = new ReceiptStore(Database.open(kind.fresh(), 4))) {
            Tokens tokens = Tokens.of(Map.of(SOCIAL_WORKER, Role.SOCIAL_WORKER, AUDITOR, Role.AUDITOR,
                    PANEL, Role.PANEL));
            WebServer server = new WebServer(TestRules.service(), RuleSources.of(rules), tokens,
                    new WebServer.Settings("127.0.0.1", 0, 1024 * 1024, 2),
                    PolicyAlternatives.none(rules, TestRules.rulebase()), new WebServer.Receipts(store, rules, new ReplayCommand.CommandReplayer())).start();
            try {
                HttpResponse<String> check = send(server, "api/check?placement=P-00049", SOCIAL_WORKER,
                        HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of(CliTest.DEMO))));
                assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
                String id = check.headers().firstValue("Receipt-Id").orElseThrow();
                JsonNode answer = new ObjectMapper().readTree(check.body());
                assertThat(answer.path("receipt").path("id").asText()).isEqualTo(id);

                assertThat(send(server, "api/receipts", SOCIAL_WORKER, null).statusCode()).isEqualTo(403);
                HttpResponse<String> log = send(server, "api/receipts?placement=P-00049", AUDITOR, null);
                assertThat(log.statusCode()).isEqualTo(200);
                JsonNode receipt = new ObjectMapper().readTree(log.body()).path("receipts").get(0);
                assertThat(receipt.path("id").asText()).isEqualTo(id);
                assertThat(receipt.path("runBy").asText()).startsWith("service social-worker token-");
                assertThat(log.body()).doesNotContain(SOCIAL_WORKER);
                assertThat(receipt.path("arguments").toString())
                        .isEqualTo("[\"check\",\"request body\",\"--placement\",\"P-00049\",\"--format\",\"json\"]");

                assertThat(send(server, "api/receipts/" + id + "/replay", PANEL, noBody()).statusCode())
                        .isEqualTo(403);
                HttpResponse<String> replay = send(server, "api/receipts/" + id + "/replay", AUDITOR, noBody());
                assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
                assertThat(new ObjectMapper().readTree(replay.body()).path("outcome").asText()).isEqualTo("IDENTICAL");
                assertThat(send(server, "api/receipts/0000000000", AUDITOR, null).statusCode()).isEqualTo(404);
            } finally {
                server.stop();
            }
        }
    }

    private static HttpRequest.BodyPublisher noBody() {
        return HttpRequest.BodyPublishers.noBody();
    }

    private static HttpResponse<String> send(WebServer server, String path, String token,
                                             HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token);
        request = body == null ? request.GET() : request.POST(body);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
