package placementreview.http;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
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

    private RequestBody() {
    }

    static InputStream read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
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
                throw new ApiException(408, "body", "the request body stopped arriving (nothing for "
                        + "several seconds, or slower than " + WebServer.MIN_BODY_BYTES_PER_SECOND / 1024
                        + " KB a second); send the file again");
            }
            throw new ApiException(400, "body", "the request body could not be read: " + e.getMessage());
        }
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
            if (t instanceof java.util.concurrent.TimeoutException
                    || String.valueOf(t.getMessage()).contains("data rate")) {
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
