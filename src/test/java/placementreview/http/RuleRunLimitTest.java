package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.cli.CliRun;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.engine.RulebaseLoader;
import placementreview.review.ReviewService;
import placementreview.testing.RuleFolders;

/** A rule that fires for ever is stopped, named: exit 2 on the command line, 500 on the web, which keeps answering. */
class RuleRunLimitTest {
    private static final String TOKEN = "panel-token-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void theCommandLineStopsALoopingRuleWithExitTwoNamingIt() {
        Path rules = RuleFolders.shippedPlus(dir, RuleFolders.LOOPING_RULE);
        CliRun.Result r = CliRun.run("review", "cases/demo/demo-authority.json", "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .contains("fired more than 10000 times")
                .contains("rule \"A rule that counts up for ever\" (XX-99)");
    }

    @Test
    void theWebAnswers500NamingTheRuleAndKeepsAnswering() throws Exception {
        Path rules = RuleFolders.shippedPlus(dir, RuleFolders.LOOPING_RULE);
        ReviewService service = new ReviewService(RulebaseLoader.load(RuleFolder.of(rules)));
        WebServer server = new WebServer(service, RuleFolder.of(rules),
                Tokens.of(Map.of(TOKEN, Role.PANEL)), new WebServer.Settings("127.0.0.1", 0, 1024 * 1024, 2)).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> review = client.send(HttpRequest.newBuilder(URI.create(server.url() + "api/review"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(
                            Path.of("cases/demo/demo-authority.json")))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(review.statusCode()).isEqualTo(500);
            assertThat(review.body()).contains("fired more than 10000 times").contains("XX-99");
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(server.url() + "api/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }
}
