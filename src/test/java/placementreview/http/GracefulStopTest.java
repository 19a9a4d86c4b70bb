package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.testing.TestRules;

/** A stop lets the requests in flight finish (up to the stop timeout) while new connections are refused. */
@Timeout(120)
class GracefulStopTest {
    @Test
    void aRequestInFlightWhenTheServerStopsIsStillAnswered() throws Exception {
        WebServer server = new WebServer(TestRules.service(), RuleFolder.of(Path.of("rules")),
                Tokens.of(Map.of(TestServer.PANEL, Role.PANEL)), new WebServer.Settings("127.0.0.1", 0,
                TestServer.MAX_BODY, 1, Duration.ofSeconds(10), Duration.ofSeconds(20))).start();
        int port = server.port();
        String body = new String(TestServer.demo(), StandardCharsets.ISO_8859_1);
        int half = body.length() / 2;
        try (RawHttp client = new RawHttp(port, 60_000)) {
            client.send("POST /api/review?top=3 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestServer.PANEL + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body.substring(0, half));
            long deadline = System.currentTimeMillis() + 10_000;
            while (server.requestsInFlight() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(server.requestsInFlight()).as("the request is in its handler, reading the body").isEqualTo(1);
            Thread stopping = new Thread(server::stop, "stopping");
            stopping.start();
            Thread.sleep(1_000);
            assertThat(stopping.isAlive()).as("the stop waits for the request in flight").isTrue();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("no new connections")
                    .isInstanceOf(IOException.class);
            String answer = client.send(body.substring(half)).head();
            assertThat(answer).startsWith("HTTP/1.1 200");
            stopping.join(20_000);
            assertThat(stopping.isAlive()).as("stopped once the request was answered").isFalse();
        } finally {
            server.stop();
        }
    }
}
