package placementreview.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads typed fields from one record of a case file by dotted path ("weekly.core"), collecting one error per bad
 * field instead of stopping at the first. Absent or null fields read as null ("not known").
 */
final class RecordFields {
    /** The text a CSV cell holds for an empty list ("none recorded"); an empty cell is "not known". */
    static final String NONE_RECORDED = "none";
    /** Bounds that keep the arithmetic on hostile numbers (1e999999999) cheap; no real amount comes near. */
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
    /** Dates a case file may hold: no placement, review or birth is outside them, and date arithmetic stays safe. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final int MAX_DECIMALS = 6;
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");
    /**
     * Optional sign, optional £ (before or after the sign), digits with or without thousands separators: commas or
     * spaces (a spreadsheet's "£12 500.00"), the same separator throughout.
     */
    private static final Pattern POUNDS = Pattern.compile("(?<minus>-)?\\s*£?\\s*(?<minus2>-)?(?<digits>"
            + "\\d{1,3}(?<sep>[, \\u00A0])\\d{3}(?:\\k<sep>\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)");
    /** A slash date is always day first, as UK spreadsheets write it: 01/07/2026 is 1 July. */
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH_SLASH_YEAR = DateTimeFormatter.ofPattern("M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    static final String DATE_FORMATS = "a date as YYYY-MM-DD or DD/MM/YYYY (a slash date is always day first), "
            + "e.g. 2026-07-01 or 01/07/2026 for 1 July 2026";
    static final String MONTH_FORMATS = "a month as YYYY-MM or MM/YYYY, e.g. 2010-05 or 05/2010";
    /** Field paths split once ("weekly.core" → weekly, core): the same few dozen paths are read for every record. */
    private static final Map<String, String[]> PATHS = new ConcurrentHashMap<>();
    private final JsonNode record;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<FieldError> notes = new ArrayList<>();

    RecordFields(JsonNode record) {
        this.record = record;
    }

    record FieldError(String field, String message) {
    }

    List<FieldError> errors() {
        return errors;
    }

    /** Values read with a change (money rounded to the penny): not errors, the record is kept. */
    List<FieldError> notes() {
        return notes;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    JsonNode node(String path) {
        JsonNode node = record;
        for (String part : PATHS.computeIfAbsent(path, p -> p.split("\\."))) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node == null || node.isNull() ? null : node;
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

    /**
     * Money in pounds: a number (or numeric text), zero or more, rounded half-up to the penny. An amount with more
     * than two decimal places is rounded with a note, not rejected.
     */
    BigDecimal money(String path, boolean required) {
        JsonNode node = node(path);
        if (node == null) {
            missing(path, required, "an amount in pounds, 0 or more");
            return null;
        }
        BigDecimal value = node.isNumber() ? node.decimalValue() : parseDecimal(node);
        if (value == null) {
            error(path, "must be an amount in pounds, 0 or more (e.g. 6500.00 or £6,500.00), not " + describe(node));
            return null;
        }
        if (value.signum() < 0) {
            error(path, "must not be negative (was " + clip(value.toString()) + ")");
            return null;
        }
        if (value.compareTo(MAX_MONEY) > 0 || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            error(path, "must be an amount in pounds up to 1,000,000,000,000 with at most " + MAX_DECIMALS
                    + " decimal places, not " + clip(value.toString()));
            return null;
        }
        if (value.scale() <= 2) {
            return value;
        }
        BigDecimal pence = value.setScale(2, RoundingMode.HALF_UP);
        if (value.stripTrailingZeros().scale() > 2) {
            notes.add(new FieldError(path, value.toPlainString() + " has more than two decimal places: read as "
                    + pence.toPlainString() + " (rounded half-up to the penny)"));
        }
        return pence;
    }

    Integer integer(String path, boolean required, int min, int max) {
        JsonNode node = node(path);
        if (node == null) {
            missing(path, required, "a whole number from " + min + " to " + max);
            return null;
        }
        Integer value = wholeNumber(node);
        if (value == null || value < min || value > max) {
            error(path, "must be a whole number from " + min + " to " + max + ", not " + describe(node));
            return null;
        }
        return value;
    }

    /** A JSON whole number, or text holding one (as a spreadsheet writes it); null when it is neither. */
    private static Integer wholeNumber(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText().trim();
            return WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
        }
        return node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt() ? node.asInt() : null;
    }

    Boolean bool(String path) {
        JsonNode node = node(path);
        if (node == null) {
            return null;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = node.isTextual() ? node.asText().trim().toLowerCase(Locale.ROOT) : "";
        switch (text) {
            case "true", "yes", "y":
                return Boolean.TRUE;
            case "false", "no", "n":
                return Boolean.FALSE;
            default:
                error(path, "must be Yes or No (also Y/N or TRUE/FALSE, any case), not " + describe(node));
                return null;
        }
    }

    LocalDate date(String path, boolean required) {
        return inRange(path, parsed(path, required, DATE_FORMATS, RecordFields::parseDate));
    }

    YearMonth yearMonth(String path, boolean required) {
        YearMonth month = parsed(path, required, MONTH_FORMATS,
                text -> text.contains("/") ? YearMonth.parse(text, MONTH_SLASH_YEAR) : YearMonth.parse(text));
        return month == null || inRange(path, month.atDay(1)) != null ? month : null;
    }

    private LocalDate inRange(String path, LocalDate date) {
        if (date != null && !withinRange(date)) {
            error(path, "is " + date + ", outside the dates a case file may hold (" + EARLIEST + " to " + LATEST + ")");
            return null;
        }
        return date;
    }

    static boolean withinRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    static LocalDate parseDate(String text) {
        return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
    }

    /** An enum by its name, in any case and with spaces or hyphens for underscores ("in care order"). */
    <E extends Enum<E>> E enumValue(String path, boolean required, Class<E> type) {
        return enumValue(path, required, () -> allowed(type), text -> byName(type, text));
    }

    static <E extends Enum<E>> E byName(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    <E> E enumValue(String path, boolean required, String allowed, Function<String, E> lookup) {
        return enumValue(path, required, () -> allowed, lookup);
    }

    /** The allowed values are listed only in an error message, so they are worked out only then. */
    private <E> E enumValue(String path, boolean required, Supplier<String> allowed, Function<String, E> lookup) {
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
            error(path, "\"" + clip(text) + "\" is not allowed; allowed values: " + allowed.get());
        }
        return value;
    }

    /**
     * A list of dates; null when the list is absent ("not known"), empty when given as [] (or the text "none").
     * Text with dates separated by ";" is a list too (a CSV cell).
     */
    List<LocalDate> dates(String path) {
        JsonNode node = listNode(path);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            error(path, "must be a list of dates, each " + DATE_FORMATS + ", not " + describe(node));
            return null;
        }
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                LocalDate date = inRange(path + "[" + i + "]", parseDate(node.get(i).asText().trim()));
                if (date != null) {
                    out.add(date);
                }
            } catch (DateTimeParseException e) {
                error(path + "[" + i + "]", "must be " + DATE_FORMATS + ", not " + describe(node.get(i)));
            }
        }
        return out.stream().sorted().toList();
    }

    /** A list of text values: as {@link #dates}, [] or "none" is an empty list, ";" separates values in text. */
    List<String> texts(String path) {
        JsonNode node = listNode(path);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            error(path, "must be a list of text values, not " + describe(node));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual() || item.isNumber()) {
                out.add(item.asText());
            } else {
                error(path + "[" + i + "]", "must be text, not " + describe(item));
            }
        }
        return List.copyOf(out);
    }

    /** The node at the path, with text "a;b" read as the list [a, b] and the text "none" as []. */
    private JsonNode listNode(String path) {
        JsonNode node = node(path);
        if (node == null || !node.isTextual()) {
            return node;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        String text = node.asText().trim();
        if (!text.equalsIgnoreCase(NONE_RECORDED)) {
            for (String part : text.split(";")) {
                if (!part.isBlank()) {
                    list.add(part.trim());
                }
            }
        }
        return list;
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

    /** Numeric text; a £ sign and thousands separators ("£12,500.00", as a spreadsheet shows money) are allowed. */
    private static BigDecimal parseDecimal(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        Matcher m = POUNDS.matcher(node.asText().strip());
        if (!m.matches() || (m.group("minus") != null && m.group("minus2") != null)) {
            return null;
        }
        String sign = m.group("minus") != null || m.group("minus2") != null ? "-" : "";
        try {
            return new BigDecimal(sign + m.group("digits").replaceAll("[, \\u00A0]", ""));
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

    static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
