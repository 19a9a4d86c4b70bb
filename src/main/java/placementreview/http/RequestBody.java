package placementreview.http;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a request body up to the configured limit; a larger body is refused with 413 before it is parsed (before
 * any of it is read when its declared length is over the limit). A body that stalls or trickles is cut off by the
 * server's idle timeout and minimum rate: 408.
 */
final class RequestBody {
    /** Set once the body has been read to its end; a request answered without it has its connection closed. */
    private static final String READ_TO_END = "placementreview.bodyReadToEnd";
    /** The minimum rate is judged only after this long, so a slow start is not taken for a trickle. */
    private static final double RATE_GRACE_SECONDS = 10;

    private RequestBody() {
    }

    static InputStream read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = readWithMinimumRate(in, maxBytes, declared);
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            ctx.attribute(READ_TO_END, Boolean.TRUE);
            if (bytes.length == 0) {
                throw new ApiException(400, "body", "the request body is empty; send a case file (JSON)");
            }
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            if (timedOut(e)) {
                throw slow();
            }
            throw new ApiException(400, "body", "the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * Reads up to one byte over the limit. Each read waits at most the idle timeout; past a grace period, a body
     * arriving slower on average than the minimum rate is cut off, so a trickle cannot hold a thread for long.
     * (Jetty's own minimum rate has no grace period: it refused a body whose first bytes came a moment late.)
     */
    private static byte[] readWithMinimumRate(InputStream in, long maxBytes, long declared) throws IOException {
        long started = System.nanoTime();
        // sized by the declared length (one byte over, to see the end) so a small body costs a small buffer
        int expected = (int) Math.min(64 * 1024, declared >= 0 ? declared + 1 : 8 * 1024);
        ByteArrayOutputStream out = new ByteArrayOutputStream(expected);
        byte[] buffer = new byte[expected];
        long limit = Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1);
        int n;
        while (out.size() < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) >= 0) {
            out.write(buffer, 0, n);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (seconds > RATE_GRACE_SECONDS && out.size() / seconds < WebServer.MIN_BODY_BYTES_PER_SECOND) {
                throw slow();
            }
        }
        return out.toByteArray();
    }

    private static ApiException slow() {
        return new ApiException(408, "body", "the request body stopped arriving (nothing for several seconds, or "
                + "slower than " + WebServer.MIN_BODY_BYTES_PER_SECOND / 1024 + " KB a second); send the file again");
    }

    /**
     * True when the request declares a body (a length above zero, or chunks) that was not read to its end: the
     * answer then closes the connection rather than wait for the rest.
     */
    static boolean unread(Context ctx) {
        if (ctx.attribute(READ_TO_END) != null) {
            return false;
        }
        String encoding = ctx.header("Transfer-Encoding");
        return ctx.req().getContentLengthLong() > 0
                || (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked"));
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "body", tooLargeMessage(maxBytes));
    }

    static String tooLargeMessage(long maxBytes) {
        return "the case file is larger than the server's limit of "
                + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes")
                + " (serve --max-body-mb)";
    }
}
