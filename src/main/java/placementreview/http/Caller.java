package placementreview.http;

/**
 * Who sent a request, worked out once from its bearer token by the API's gate and handed on to the handler as a
 * request attribute: the role the token gives and how receipts name its holder.
 */
record Caller(Role role, String label) {
    static final String ATTRIBUTE = "placementreview.caller";

    /** How a receipt of the service names the caller. */
    String receiptName() {
        return "service " + role.label() + " " + label;
    }
}
