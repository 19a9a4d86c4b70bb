package placementreview.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load client's connection reads each kind of HTTP/1.1 answer to its end and keeps the connection when it may. */
class LoopbackConnectionTest {
    @Test
    void readsLengthChunkedAndClosingAnswersOnAsFewConnectionsAsAllowed() throws Exception {
        List<String> answers = List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                "HTTP/1.1 422 Unprocessable Entity\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
        AtomicInteger connections = new AtomicInteger();
        List<String> requests = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> serve(server, answers, connections, requests));
            serving.start();
            byte[] request = LoopbackConnection.post("127.0.0.1", server.getLocalPort(), "/api/check?placement=P-1",
                    "secret", "{}".getBytes(StandardCharsets.UTF_8));
            try (LoopbackConnection connection = new LoopbackConnection(
                    new InetSocketAddress("127.0.0.1", server.getLocalPort()), request)) {
                assertThat(connection.send()).isEqualTo(200);
                assertThat(connection.send()).isEqualTo(422);
                assertThat(connection.send()).isEqualTo(200);
                assertThat(connection.send()).isEqualTo(201);
            }
            serving.join(5000);
        }
        // the first three answers on one connection; the "Connection: close" one makes the fourth open another
        assertThat(connections.get()).isEqualTo(2);
        assertThat(requests).hasSize(4).allSatisfy(r -> assertThat(r)
                .startsWith("POST /api/check?placement=P-1 HTTP/1.1").contains("Authorization: Bearer secret",
                        "Content-Length: 2"));
    }

    @Test
    void aFailedExchangeIsMinusOne() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        try (LoopbackConnection connection = new LoopbackConnection(new InetSocketAddress("127.0.0.1", port),
                LoopbackConnection.post("127.0.0.1", port, "/", "t", new byte[1]))) {
            assertThat(connection.send()).isEqualTo(-1);
        }
    }

    private static void serve(ServerSocket server, List<String> answers, AtomicInteger connections,
                              List<String> requests) {
        int next = 0;
        try {
            while (next < answers.size()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.ISO_8859_1));
                    OutputStream out = socket.getOutputStream();
                    while (next < answers.size()) {
                        StringBuilder head = new StringBuilder();
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            head.append(line).append("\r\n");
                        }
                        in.read(new char[2]);
                        requests.add(head.toString());
                        String answer = answers.get(next++);
                        out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        if (answer.contains("Connection: close")) {
                            break;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
