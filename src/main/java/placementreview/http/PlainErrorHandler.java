package placementreview.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it cannot parse, a header too large, a body too slow) carry the same
 * security headers as every other answer of the service, and never a stack trace.
 */
final class PlainErrorHandler extends ErrorHandler {
    PlainErrorHandler() {
        setShowStacks(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        WebServer.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        WebServer.SECURITY_HEADERS.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
