package placementreview.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a request the API refuses (401, 403, 405, or 413 for a declared length over the limit) as soon as its
 * headers have arrived, before the web framework and without reading its body, and closes the connection. The
 * body the client may still be sending is dropped as it arrives for a short while after the answer (a lingering
 * close: without it the client's unsent bytes meet a closed socket and the reset can destroy the answer before the
 * client reads it). No thread waits for a refused body: each chunk is dropped when it arrives, and the connection is
 * closed after {@link #LINGER} or once more than the body limit has arrived, whichever is first.
 */
final class RefusedRequests extends Handler.Wrapper {
    static final Duration LINGER = Duration.ofSeconds(2);

    private final Endpoints endpoints;
    private final long maxBodyBytes;

    RefusedRequests(Endpoints endpoints, long maxBodyBytes) {
        this.endpoints = endpoints;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        String path = request.getHttpURI().getPath();
        Endpoints.Decision decision = endpoints.decide(request.getMethod(), path,
                request.getHeaders().get(HttpHeader.AUTHORIZATION));
        Endpoints.Refusal refusal = decision.refusal();
        if (refusal == null && path.startsWith(Endpoints.PREFIX) && request.getLength() > maxBodyBytes) {
            refusal = new Endpoints.Refusal(413, java.util.Map.of(), "body", RequestBody.tooLargeMessage(maxBodyBytes));
        }
        if (refusal == null) {
            if (decision.caller() != null) {
                request.setAttribute(Caller.ATTRIBUTE, decision.caller());
            }
            return super.handle(request, response, callback);
        }
        boolean bodyComing = declaresBody(request);
        var headers = response.getHeaders();
        WebServer.SECURITY_HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        refusal.headers().forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        if (bodyComing) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
        response.setStatus(refusal.status());
        byte[] json = ErrorJson.text(List.of(new ApiError(null, refusal.field(), refusal.message())))
                .getBytes(StandardCharsets.UTF_8);
        int status = refusal.status();
        response.write(true, ByteBuffer.wrap(json), Callback.from(() -> {
            WebServer.logAccess(request.getMethod(), path, status, (System.nanoTime() - started) / 1e6, null);
            if (bodyComing) {
                new Discard(request, callback, maxBodyBytes).start();
            } else {
                callback.succeeded();
            }
        }, callback::failed));
        return true;
    }

    private static boolean declaresBody(Request request) {
        String encoding = request.getHeaders().get(HttpHeader.TRANSFER_ENCODING);
        return request.getLength() > 0 || (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked"));
    }

    /** Drops chunks as they arrive until the body ends or fails, more than the limit arrives, or the linger ends. */
    private static final class Discard implements Runnable {
        private final Request request;
        private final Callback done;
        private final AtomicBoolean finished = new AtomicBoolean();
        private long left;

        Discard(Request request, Callback done, long maxBytes) {
            this.request = request;
            this.done = done;
            this.left = maxBytes;
        }

        void start() {
            request.getComponents().getScheduler().schedule(this::finish, LINGER.toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                boolean last = chunk.isLast() || Content.Chunk.isFailure(chunk);
                ByteBuffer bytes = chunk.getByteBuffer();
                left -= bytes == null ? 0 : bytes.remaining();
                chunk.release();
                if (last || left < 0) {
                    finish();
                    return;
                }
            }
        }

        private void finish() {
            if (finished.compareAndSet(false, true)) {
                done.succeeded();
            }
        }
    }
}
