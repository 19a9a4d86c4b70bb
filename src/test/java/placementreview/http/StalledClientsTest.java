package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.testing.TestRules;

/**
 * Clients that declare a body and do not send it cannot stall the service: a refused request is answered as soon
 * as its headers arrive and its connection closed, and a signed-in client whose body stalls is cut off.
 */
@Timeout(120)
class StalledClientsTest {
    private static final String STALLED_UPLOAD = "POST /api/review HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{";

    @Test
    void threeHundredStalledUnauthenticatedUploadsAreRefusedAtOnceAndHealthStillAnswersWithin100ms() {
        int port = TestServer.server().port();
        assertThat(TestServer.get("/api/health", null).statusCode()).isEqualTo(200);
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                stalled.add(new RawHttp(port, 5_000).send(STALLED_UPLOAD));
            }
            for (RawHttp connection : stalled) {
                String answer = connection.untilClosed();
                assertThat(answer).startsWith("HTTP/1.1 401").contains("Connection: close", "sign in");
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                HttpResponse<String> health = TestServer.get("/api/health", null);
                millis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(health.statusCode()).isEqualTo(200);
            }
            assertThat(millis).as("health answers in ms while 300 uploads stall").allSatisfy(ms ->
                    assertThat(ms).isLessThan(100));
        } finally {
            stalled.forEach(RawHttp::close);
        }
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeAnyOfItIsSent() {
        String answer = new RawHttp(TestServer.server().port(), 5_000).send("POST /api/review HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + TestServer.PANEL + "\r\nContent-Length: "
                + (TestServer.MAX_BODY + 1) + "\r\n\r\n").untilClosed();
        assertThat(answer).startsWith("HTTP/1.1 413").contains("Connection: close", "larger than the server's limit");
    }

    @Test
    void aSignedInClientWhoseBodyStallsIsCutOffByTheIdleTimeout() {
        WebServer server = new WebServer(TestRules.service(), RuleFolder.of(Path.of("rules")),
                Tokens.of(Map.of(TestServer.PANEL, Role.PANEL)), new WebServer.Settings("127.0.0.1", 0,
                TestServer.MAX_BODY, 1, Duration.ofSeconds(1), Duration.ofSeconds(1))).start();
        try (RawHttp client = new RawHttp(server.port(), 10_000)) {
            long start = System.nanoTime();
            String answer = client.send("POST /api/review HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestServer.PANEL + "\r\nContent-Length: 5000\r\n\r\n{\"asOf\": ").untilClosed();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("cut off after the 1 s idle timeout").isBetween(900L, 5_000L);
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 408"));
        } finally {
            server.stop();
        }
    }
}
