package placementreview.http;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to the configured limit; a larger body is refused with 413 before it is parsed. */
final class RequestBody {
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
            if (bytes.length == 0) {
                throw new ApiException(400, "body", "the request body is empty; send a case file (JSON)");
            }
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new ApiException(400, "body", "the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * Reads and drops a body the server will not use (up to the limit), so a client still sending its file reads
     * the 401/403/413 answer instead of a broken connection. A body larger than the limit is not read to its end:
     * the server then closes the connection after answering.
     */
    static void drain(Context ctx, long maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long left = maxBytes;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the body was already read: nothing to drain
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "body", "the case file is larger than the server's limit of "
                + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes")
                + " (serve --max-body-mb)");
    }
}
