package placementreview.engine;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import placementreview.model.Capacity;
import placementreview.model.PermanenceGoal;
import placementreview.model.PlacementType;
import placementreview.model.StepDownRoute;

/**
 * Reads one row of rules/reference/step-down-routes.csv. Lists are separated by "|"; {@code goals} may be blank
 * (any goal); {@code capacity} is a field of the case file's capacity block or "none".
 */
final class StepDownRoutes {
    /** The fields of the case file's capacity block (the Capacity record), or "none". */
    static final List<String> CAPACITY_POOLS = Stream.concat(
            Arrays.stream(Capacity.class.getRecordComponents()).map(RecordComponent::getName),
            Stream.of(StepDownRoute.NO_CAPACITY_LIMIT)).sorted().toList();

    private StepDownRoutes() {
    }

    static StepDownRoute route(Map<String, String> cells, BiFunction<String, String, RulebaseException> error) {
        Cells row = new Cells(cells, error);
        String pool = row.text("capacity");
        if (!CAPACITY_POOLS.contains(pool)) {
            throw error.apply("capacity", "is not one of " + CAPACITY_POOLS + ": " + pool + " (closest: "
                    + Nearest.to(pool, CAPACITY_POOLS) + ")");
        }
        return new StepDownRoute(row.text("route"), row.text("label"),
                row.enums("fromTypes", PlacementType.class), row.integer("minAge"), row.integer("maxAge"),
                row.enums("goals", PermanenceGoal.class), Boolean.parseBoolean(row.text("outOfAreaOnly")),
                row.enumValue("target", PlacementType.class), pool, row.integer("preference"),
                row.number("weekly"), row.list("criteria"), row.text("source"));
    }

    private record Cells(Map<String, String> cells, BiFunction<String, String, RulebaseException> error) {
        String text(String column) {
            String value = cells.get(column);
            if (value == null || value.isBlank()) {
                throw error.apply(column, "is missing (every step-down route needs it)");
            }
            return value.trim();
        }

        List<String> list(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? List.of()
                    : Arrays.stream(value.split("\\|")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        }

        int integer(String column) {
            try {
                return Integer.parseInt(text(column));
            } catch (NumberFormatException e) {
                throw error.apply(column, "is not a whole number: " + cells.get(column));
            }
        }

        BigDecimal number(String column) {
            try {
                return new BigDecimal(text(column));
            } catch (NumberFormatException e) {
                throw error.apply(column, "is not a number: " + cells.get(column));
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            return parse(column, text(column), type);
        }

        /** An EnumSet (contains(null) is false, where Set.copyOf would throw). */
        <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
            Set<E> out = EnumSet.noneOf(type);
            list(column).forEach(v -> out.add(parse(column, v, type)));
            return java.util.Collections.unmodifiableSet(out);
        }

        private <E extends Enum<E>> E parse(String column, String value, Class<E> type) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error.apply(column, value + " is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }
    }
}
