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

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "body", "the case file is larger than the server's limit of "
                + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes")
                + " (serve --max-body-mb)");
    }
}
