package placementreview.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import placementreview.review.CostPoint;
import placementreview.review.Decision;
import placementreview.review.DecisionKind;
import placementreview.review.RecordedCaseload;

/**
 * The panel's decisions and the recorded reviews' caseloads in the database (tables panel_decision, receipt_review,
 * receipt_caseload). Decisions are only ever inserted: a new decision on an option supersedes the one in force.
 */
final class DecisionStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DECISIONS = """
            SELECT d.*, r.authority, r.as_of, s.id AS superseded_by FROM panel_decision d
            JOIN receipt r ON r.id = d.receipt_id
            LEFT JOIN panel_decision s ON s.supersedes = d.id""";

    private final Database database;

    DecisionStore(Database database) {
        this.database = database;
    }

    /** A recorded review: its receipt id, authority, date and whether it kept its caseload. */
    record ReviewReceipt(String id, String authority, LocalDate asOf, Instant recordedAt, boolean review,
                         boolean sinceLast) {
    }

    /** The shown placement's finding of a rule: its weekly saving (null where not quantified). */
    record Option(String ruleId, BigDecimal weeklySaving) {
    }

    Optional<ReviewReceipt> reviewReceipt(String id) {
        return read(c -> Sql.first(c, """
                SELECT r.id, r.authority, r.as_of, r.recorded_at, r.command, v.since_last FROM receipt r
                LEFT JOIN receipt_review v ON v.receipt_id = r.id WHERE r.id = ?""", DecisionStore::reviewReceipt, id));
    }

    /** The placements the receipt's output shows (its top N), in rank order. */
    List<String> shownPlacements(String receiptId) {
        return read(c -> Sql.list(c, """
                SELECT placement_id FROM receipt_placement WHERE receipt_id = ?
                ORDER BY rank, placement_id""", rs -> rs.getString(1), receiptId));
    }

    /** The findings the receipt's output shows for one placement, in the order shown. */
    List<Option> options(String receiptId, String placementId) {
        return read(c -> Sql.list(c, """
                        SELECT rule_id, weekly_saving FROM receipt_finding
                        WHERE receipt_id = ? AND placement_id = ? ORDER BY position""",
                rs -> new Option(rs.getString(1), rs.getBigDecimal(2)), receiptId, placementId));
    }

    /**
     * Inserts the decision, superseding the one in force on the same option (authority, placement, rule), in one
     * transaction; two decisions recorded at once on one option cannot both supersede it (the loser tries again).
     */
    Decision insert(String id, Instant at, String authority, String receiptId, String placementId, String ruleId,
                    DecisionKind kind, String owner, LocalDate due, BigDecimal target, String note, String by) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = database.connection()) {
                c.setAutoCommit(false);
                try {
                    String current = inForce(c, authority, placementId, ruleId);
                    Sql.update(c, """
                                    INSERT INTO panel_decision (id, receipt_id, placement_id, rule_id, decision, owner,
                                        due, target_weekly, note, recorded_at, recorded_by, supersedes)
                                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            id, receiptId, placementId, ruleId, kind.name(), owner, due, target, note,
                            ReceiptStore.utc(at), by, current);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < 3 && UNIQUE_VIOLATION.equals(ReceiptStore.sqlState(e))) {
                    continue;
                }
                throw new StoreException(database.url().display() + ": cannot record the decision: "
                        + Database.reason(e), e);
            }
            return decisions(null, null).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
        }
    }

    /** The latest decision on the option among this authority's reviews, or null. */
    private static String inForce(Connection c, String authority, String placementId, String ruleId)
            throws SQLException {
        return Sql.first(c, """
                        SELECT d.id FROM panel_decision d JOIN receipt r ON r.id = d.receipt_id
                        WHERE d.placement_id = ? AND d.rule_id = ?
                        AND COALESCE(r.authority, '') = ? ORDER BY d.id DESC LIMIT 1""",
                rs -> rs.getString(1).strip(), placementId, ruleId, nonNull(authority)).orElse(null);
    }

    /** Every decision, oldest first; only those on this placement and/or authority when given. */
    List<Decision> decisions(String placementId, String authority) {
        StringBuilder sql = new StringBuilder(DECISIONS).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (placementId != null) {
            sql.append(" AND d.placement_id = ?");
            parameters.add(placementId);
        }
        if (authority != null) {
            sql.append(" AND COALESCE(r.authority, '') = ?");
            parameters.add(authority);
        }
        sql.append(" ORDER BY d.id");
        return read(c -> Sql.list(c, sql.toString(), DecisionStore::decision, parameters.toArray()));
    }

    /**
     * The decisions in force when a review of this authority dated {@code asOf} started (ids before
     * {@code beforeId}): on the authority's reviews dated on or before it, the latest on each option.
     */
    List<Decision> inForceAt(String authority, LocalDate asOf, String beforeId) {
        List<Decision> all = read(c -> Sql.list(c, DECISIONS + """
                         WHERE COALESCE(r.authority, '') = ? AND r.as_of <= ? AND d.id < ?
                        ORDER BY d.id""", DecisionStore::decision, nonNull(authority), asOf, beforeId));
        Map<String, Decision> latest = new LinkedHashMap<>();
        all.forEach(d -> latest.put(d.placementId() + "\u0000" + d.ruleId(), d));
        return List.copyOf(latest.values());
    }

    /**
     * The latest recorded review of the authority dated before {@code asOf} (recorded before {@code beforeId});
     * ties on the date go to the later recorded.
     */
    Optional<ReviewReceipt> previousReview(String authority, LocalDate asOf, String beforeId) {
        if (authority == null) {
            return Optional.empty();
        }
        return read(c -> Sql.first(c, """
                        SELECT r.id, r.authority, r.as_of, r.recorded_at, r.command, v.since_last FROM receipt r
                        JOIN receipt_review v ON v.receipt_id = r.id
                        WHERE r.authority = ? AND r.as_of < ? AND r.id < ?
                        ORDER BY r.as_of DESC, r.id DESC LIMIT 1""", DecisionStore::reviewReceipt,
                authority, asOf, beforeId));
    }

    /** The latest recorded review of the authority (the one open actions are judged at). */
    Optional<ReviewReceipt> latestReview(String authority) {
        return read(c -> Sql.first(c, """
                        SELECT r.id, r.authority, r.as_of, r.recorded_at, r.command, v.since_last FROM receipt r
                        JOIN receipt_review v ON v.receipt_id = r.id WHERE COALESCE(r.authority, '') = ?
                        ORDER BY r.as_of DESC, r.id DESC LIMIT 1""", DecisionStore::reviewReceipt,
                nonNull(authority)));
    }

    /** A recorded review's caseload, in rank order. */
    Optional<RecordedCaseload> caseload(String receiptId) {
        return read(c -> {
            Optional<RecordedCaseload> header = Sql.first(c, """
                            SELECT r.as_of, v.year_start, v.year_end, v.top_count FROM receipt r
                            JOIN receipt_review v ON v.receipt_id = r.id WHERE r.id = ?""",
                    rs -> new RecordedCaseload(receiptId, rs.getObject(1, LocalDate.class),
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getInt(4),
                            List.of()), receiptId);
            if (header.isEmpty()) {
                return header;
            }
            List<RecordedCaseload.Entry> entries = Sql.list(c, """
                    SELECT * FROM receipt_caseload WHERE receipt_id = ? ORDER BY rank, placement_id""",
                    DecisionStore::entry, receiptId);
            RecordedCaseload h = header.get();
            return Optional.of(new RecordedCaseload(receiptId, h.asOf(), h.yearStart(), h.yearEnd(), h.topCount(),
                    entries));
        });
    }

    /** Each placement's cost in the authority's recorded reviews up to {@code throughId}, in the order recorded. */
    Map<String, List<CostPoint>> costHistory(String authority, Collection<String> placementIds, String throughId) {
        Map<String, List<CostPoint>> history = new LinkedHashMap<>();
        if (placementIds.isEmpty()) {
            return history;
        }
        List<Object> parameters = new ArrayList<>(List.of(nonNull(authority), throughId));
        parameters.addAll(placementIds);
        read(c -> Sql.list(c, """
                        SELECT c.placement_id, r.id, r.as_of, c.net_weekly_cost, c.weeks_per_year, c.planned_end
                        FROM receipt_caseload c JOIN receipt r ON r.id = c.receipt_id
                        WHERE COALESCE(r.authority, '') = ? AND r.id <= ?
                        AND c.placement_id IN (""" + Sql.marks(placementIds.size()) + ") ORDER BY r.id",
                rs -> Map.entry(rs.getString(1), new CostPoint(rs.getString(2).strip(),
                        rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getInt(5),
                        rs.getObject(6, LocalDate.class))), parameters.toArray()))
                .forEach(e -> history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return history;
    }

    /** One placement in every recorded review that had it on its caseload, oldest first. */
    List<HistoryRow> placementHistory(String placementId) {
        return read(c -> Sql.list(c, """
                        SELECT r.id, r.as_of, r.recorded_at, r.authority, c.*, v.top_count FROM receipt_caseload c
                        JOIN receipt r ON r.id = c.receipt_id JOIN receipt_review v ON v.receipt_id = r.id
                        WHERE c.placement_id = ? ORDER BY r.as_of, r.id""",
                rs -> new HistoryRow(rs.getString(1).strip(), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), entry(rs),
                        rs.getInt("top_count")), placementId));
    }

    record HistoryRow(String receiptId, LocalDate asOf, Instant recordedAt, String authority,
                      RecordedCaseload.Entry entry, int topCount) {
    }

    private static RecordedCaseload.Entry entry(ResultSet rs) throws SQLException {
        String counted = rs.getString("counted_rules");
        return new RecordedCaseload.Entry(rs.getString("placement_id"), rs.getInt("rank"),
                rs.getBigDecimal("net_weekly_cost"), rs.getInt("weeks_per_year"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                counted == null || counted.isBlank() ? List.of() : List.of(counted.strip().split(" ")),
                rs.getBigDecimal("reduction_full_year"));
    }

    private static ReviewReceipt reviewReceipt(ResultSet rs) throws SQLException {
        Boolean sinceLast = rs.getObject(6, Boolean.class);
        return new ReviewReceipt(rs.getString(1).strip(), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, OffsetDateTime.class).toInstant(), "review".equals(rs.getString(5)) && sinceLast != null,
                Boolean.TRUE.equals(sinceLast));
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        String supersedes = rs.getString("supersedes");
        String supersededBy = rs.getString("superseded_by");
        return new Decision(rs.getString("id").strip(), rs.getString("receipt_id").strip(), rs.getString("authority"),
                rs.getObject("as_of", LocalDate.class), rs.getString("placement_id"), rs.getString("rule_id"),
                DecisionKind.valueOf(rs.getString("decision").strip()), rs.getString("owner"),
                rs.getObject("due", LocalDate.class), rs.getBigDecimal("target_weekly"), rs.getString("note"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"),
                supersedes == null ? null : supersedes.strip(), supersededBy == null ? null : supersededBy.strip());
    }

    private static String nonNull(String authority) {
        return authority == null ? "" : authority;
    }

    /** Reads on a connection of its own, closed after. */
    @FunctionalInterface
    private interface Reading<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T read(Reading<T> reading) {
        try (Connection c = database.connection()) {
            return reading.on(c);
        } catch (SQLException e) {
            throw new StoreException(database.url().display() + ": cannot read the panel's decisions: "
                    + Database.reason(e), e);
        }
    }
}
