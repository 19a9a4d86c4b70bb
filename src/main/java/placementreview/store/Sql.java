package placementreview.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC statements with positional parameters, for what a recorded command does (the insert, a review's "since
 * the last panel"): JDBI's start costs a fresh JVM more than those statements themselves (docs/performance.md).
 */
final class Sql {
    /** Maps the result set's current row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bindAll(s, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
            }
            return rows;
        }
    }

    /** The first row, if any (the query says which is first). */
    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> rows = list(c, sql, row, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bindAll(s, parameters);
            return s.executeUpdate();
        }
    }

    /** "?, ?, ?" for {@code count} parameters (an IN list). */
    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bindAll(PreparedStatement s, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            bind(s, i + 1, parameters[i]);
        }
    }

    static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            s.setString(index, text);
        } else if (value instanceof Integer number) {
            s.setInt(index, number);
        } else if (value instanceof Long number) {
            s.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            s.setBoolean(index, flag);
        } else if (value instanceof BigDecimal amount) {
            s.setBigDecimal(index, amount);
        } else if (value instanceof LocalDate || value instanceof OffsetDateTime) {
            s.setObject(index, value);
        } else {
            throw new IllegalArgumentException("no binding for " + value.getClass());
        }
    }
}
