package placementreview.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where two outputs first differ: for JSON the first path (e.g. {@code $.top[0].findings[2].weeklySaving}) with
 * both values; for text the first line that differs. Fields named in {@code ignored} (at the top level) are skipped.
 */
public final class OutputDiff {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    /** The first difference: where, and the recorded and replayed values (null when absent). */
    public record Difference(String where, String recorded, String replayed) {
    }

    private OutputDiff() {
    }

    /** The first difference, or null when there is none apart from the ignored top-level fields. */
    public static Difference first(byte[] recorded, byte[] replayed, Set<String> ignored) {
        JsonNode a = parse(recorded);
        JsonNode b = parse(replayed);
        if (a != null && b != null) {
            if (a.isObject() && b.isObject()) {
                ignored.forEach(f -> {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove(f);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove(f);
                });
            }
            Difference d = json("$", a, b);
            // the same JSON written differently (e.g. spacing) still differs byte for byte: name the line
            return d != null || !ignored.isEmpty() ? d
                    : text(new String(recorded, StandardCharsets.UTF_8), new String(replayed, StandardCharsets.UTF_8));
        }
        return text(new String(recorded, StandardCharsets.UTF_8), new String(replayed, StandardCharsets.UTF_8));
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            JsonNode node = JSON.readTree(bytes);
            return node != null && node.isContainerNode() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Difference json(String path, JsonNode a, JsonNode b) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            return a != null && b != null && a.equals(b) ? null : new Difference(path, show(a), show(b));
        }
        if (a.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            // in the order the recorded output has them, then any new ones
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                Difference d = json(path + "." + name, a.get(name), b.get(name));
                if (d != null) {
                    return d;
                }
                names.remove(name);
            }
            for (String name : names) {
                return new Difference(path + "." + name, null, show(b.get(name)));
            }
            return null;
        }
        if (a.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                Difference d = json(path + "[" + i + "]", a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        // as written: 10.50 and 10.5 are different outputs
        return a.toString().equals(b.toString()) ? null : new Difference(path, show(a), show(b));
    }

    private static String show(JsonNode node) {
        if (node == null) {
            return null;
        }
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static Difference text(String a, String b) {
        String[] la = a.split("\n", -1);
        String[] lb = b.split("\n", -1);
        for (int i = 0; i < Math.max(la.length, lb.length); i++) {
            String x = i < la.length ? la[i] : null;
            String y = i < lb.length ? lb[i] : null;
            if (x == null || !x.equals(y)) {
                return new Difference("line " + (i + 1), x, y);
            }
        }
        return null;
    }
}
