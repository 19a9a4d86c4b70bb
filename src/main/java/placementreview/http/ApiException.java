package placementreview.http;

import java.util.List;

/** A request that cannot be answered: the HTTP status and the problems, sent as {"errors": [...]}. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final List<ApiError> errors;

    public ApiException(int status, List<ApiError> errors) {
        super(status + " " + (errors.isEmpty() ? "" : errors.get(0).message()));
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ApiException(int status, String field, String message) {
        this(status, List.of(new ApiError(null, field, message)));
    }

    public int status() {
        return status;
    }

    public List<ApiError> errors() {
        return errors;
    }
}
