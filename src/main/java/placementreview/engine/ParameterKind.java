package placementreview.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What kind of value a policy parameter holds, read from its unit in the reference table, so a value set on the
 * command line ({@code --set}) is refused when a rule could not read it as the table means it.
 */
enum ParameterKind {
    FLAG("0 or 1"),
    DATE("a date written yyyymmdd"),
    POUNDS("an amount in pounds (0 or more, at most two decimal places)"),
    PERCENT("a percentage from 0 to 100"),
    WHOLE_NUMBER("a whole number, 0 or more"),
    NUMBER("a number, 0 or more");

    private final String description;

    ParameterKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    static ParameterKind ofUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("1 =") || u.contains("flag")) {
            return FLAG;
        }
        if (u.startsWith("date")) {
            return DATE;
        }
        if (u.contains("pounds")) {
            return POUNDS;
        }
        if (u.contains("per cent") || u.contains("percent") || u.startsWith("%")) {
            return PERCENT;
        }
        if (u.matches(".*\\b(weeks|years|months|days|placements|domains)\\b.*")) {
            return WHOLE_NUMBER;
        }
        return NUMBER;
    }

    /** True when the value is of this kind. */
    boolean accepts(BigDecimal value) {
        return switch (this) {
            case FLAG -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
            case DATE -> isDate(value);
            case POUNDS -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2;
            case PERCENT -> value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            case WHOLE_NUMBER -> value.signum() >= 0 && isWhole(value);
            case NUMBER -> value.signum() >= 0;
        };
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isDate(BigDecimal value) {
        if (!isWhole(value)) {
            return false;
        }
        try {
            LocalDate.parse(value.toBigInteger().toString(), DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
