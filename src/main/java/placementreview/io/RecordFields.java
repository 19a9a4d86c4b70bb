package placementreview.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed fields from one record of a case file by dotted path ("weekly.core"), collecting one error per bad
 * field instead of stopping at the first. Absent or null fields read as null ("not known").
 */
final class RecordFields {
    private final JsonNode record;
    private final List<FieldError> errors = new ArrayList<>();

    RecordFields(JsonNode record) {
        this.record = record;
    }

    record FieldError(String field, String message) {
    }

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    JsonNode node(String path) {
        JsonNode node = record;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    boolean present(String path) {
        return node(path) != null;
    }

    String text(String path, boolean required) {
        JsonNode node = node(path);
        if (node == null) {
            missing(path, required, "a text value");
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            error(path, "must be text, not " + describe(node));
            return null;
        }
        String value = node.asText().trim();
        if (value.isEmpty() && required) {
            error(path, "is required and must not be empty");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** Money in pounds: a number (or numeric text), zero or more. */
    BigDecimal money(String path, boolean required) {
        JsonNode node = node(path);
        if (node == null) {
            missing(path, required, "an amount in pounds, 0 or more");
            return null;
        }
        BigDecimal value = node.isNumber() ? node.decimalValue() : parseDecimal(node);
        if (value == null) {
            error(path, "must be an amount in pounds, 0 or more (e.g. 6500.00), not " + describe(node));
            return null;
        }
        if (value.signum() < 0) {
            error(path, "must not be negative (was " + value.toPlainString() + ")");
            return null;
        }
        return value;
    }

    Integer integer(String path, boolean required, int min, int max) {
        JsonNode node = node(path);
        if (node == null) {
            missing(path, required, "a whole number from " + min + " to " + max);
            return null;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToInt() || node.asInt() < min
                || node.asInt() > max) {
            error(path, "must be a whole number from " + min + " to " + max + ", not " + describe(node));
            return null;
        }
        return node.asInt();
    }

    Boolean bool(String path) {
        JsonNode node = node(path);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            error(path, "must be true or false, not " + describe(node));
            return null;
        }
        return node.asBoolean();
    }

    LocalDate date(String path, boolean required) {
        return parsed(path, required, "a date as YYYY-MM-DD", LocalDate::parse);
    }

    YearMonth yearMonth(String path, boolean required) {
        return parsed(path, required, "a month as YYYY-MM", YearMonth::parse);
    }

    <E extends Enum<E>> E enumValue(String path, boolean required, Class<E> type) {
        return enumValue(path, required, allowed(type), text -> Enum.valueOf(type, text));
    }

    <E> E enumValue(String path, boolean required, String allowed, Function<String, E> lookup) {
        String text = text(path, required);
        if (text == null) {
            return null;
        }
        E value;
        try {
            value = lookup.apply(text);
        } catch (IllegalArgumentException e) {
            value = null;
        }
        if (value == null) {
            error(path, "\"" + clip(text) + "\" is not allowed; allowed values: " + allowed);
        }
        return value;
    }

    /** A list of dates; null when the list is absent ("not known"), empty when given as []. */
    List<LocalDate> dates(String path) {
        JsonNode node = node(path);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            error(path, "must be a list of dates as YYYY-MM-DD, not " + describe(node));
            return null;
        }
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                out.add(LocalDate.parse(node.get(i).asText()));
            } catch (DateTimeParseException e) {
                error(path + "[" + i + "]", "must be a date as YYYY-MM-DD, not " + describe(node.get(i)));
            }
        }
        return out.stream().sorted().toList();
    }

    List<String> texts(String path) {
        JsonNode node = node(path);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            error(path, "must be a list of text values, not " + describe(node));
            return null;
        }
        List<String> out = new ArrayList<>();
        node.forEach(item -> out.add(item.asText()));
        return List.copyOf(out);
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private <T> T parsed(String path, boolean required, String expected, Function<String, T> parser) {
        JsonNode node = node(path);
        if (node == null) {
            missing(path, required, expected);
            return null;
        }
        try {
            return parser.apply(node.asText().trim());
        } catch (DateTimeParseException e) {
            error(path, "must be " + expected + ", not " + describe(node));
            return null;
        }
    }

    private void missing(String path, boolean required, String expected) {
        if (required) {
            error(path, "is required: " + expected);
        }
    }

    private static BigDecimal parseDecimal(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + clip(node.asText()) + "\"";
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "a list" : "an object";
        }
        return clip(node.toString());
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
