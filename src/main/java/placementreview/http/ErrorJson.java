package placementreview.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import placementreview.report.ReviewJson;

/** The body of a refused request: {@code {"errors": [{"id", "field", "message"}]}}. */
final class ErrorJson {
    private ErrorJson() {
    }

    static String text(List<ApiError> errors) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (ApiError e : errors) {
            ObjectNode node = list.addObject();
            node.put("id", e.id());
            node.put("field", e.field());
            node.put("message", e.message());
        }
        return ReviewJson.text(root);
    }
}
