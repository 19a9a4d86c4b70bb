package placementreview.tools;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection to the loopback server, one request at a time, answers read to their end and
 * dropped: the load client's transport. Blocking on its own thread, it costs the two cores it shares with the
 * service far less than the JDK's asynchronous client (a selector thread and a worker hand-off per request). After
 * a failure, or an answer that closes the connection, the next request opens a new one.
 */
final class LoopbackConnection implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private final byte[] request;
    private final byte[] skip = new byte[16 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** A connection that sends {@code request} (the request line, headers and body, ready to write) each time. */
    LoopbackConnection(InetSocketAddress address, byte[] request) {
        this.address = address;
        this.request = request;
    }

    /** Builds the bytes of one POST of {@code body} with a bearer token. */
    static byte[] post(String host, int port, String pathAndQuery, String token, byte[] body) {
        byte[] head = ("POST " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** Sends the request and reads the whole answer: its status, or -1 when the exchange failed. */
    int send() {
        try {
            if (socket == null) {
                open();
            }
            out.write(request);
            out.flush();
            return readAnswer();
        } catch (IOException | RuntimeException e) {
            close();
            return -1;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(address, TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private int readAnswer() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                default -> { }
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            closes = true;
            while (in.read(skip) >= 0) {
                // an answer without a length ends with the connection
            }
        }
        if (closes) {
            close();
        }
        return code;
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension >= 0 ? size.substring(0, extension) : size).strip(), 16);
    }

    private void skip(long count) throws IOException {
        for (long left = count; left > 0; ) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (n < 0) {
                throw new IOException("the answer ended early");
            }
            left -= n;
        }
    }

    private String line() throws IOException {
        StringBuilder text = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (c != '\r') {
                text.append((char) c);
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a loopback socket that failed: nothing to do
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
