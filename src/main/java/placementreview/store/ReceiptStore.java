package placementreview.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/**
 * Receipts in the database: record one (one transaction: all of it or none of it), list them, read one with its
 * stored files, and purge old inputs and outputs. File contents are stored once per SHA-256.
 */
public final class ReceiptStore implements AutoCloseable {
    /** For the fault test: pause this long (ms) inside the recording transaction, before it commits. */
    static final String PAUSE_BEFORE_COMMIT = "placementreview.store.pauseBeforeCommitMs";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public ReceiptStore(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }

    /**
     * Stores the receipt in one transaction. Two runs storing the same new file at once may collide on its hash:
     * the loser retries (and then finds the file stored).
     */
    public void record(NewReceipt receipt) {
        for (int attempt = 1; ; attempt++) {
            try {
                insertInOneTransaction(receipt);
                return;
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && UNIQUE_VIOLATION.equals(sqlState(e))) {
                    continue;
                }
                throw failure("cannot record the receipt", e);
            }
        }
    }

    private void insertInOneTransaction(NewReceipt receipt) throws SQLException {
        long[] start = Timing.start();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                new ReceiptWriter(connection).insert(receipt);
                pauseIfAsked();
                connection.commit();
                Timing.since(start, "receipt inserted and committed");
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The receipts the filter selects, newest first. */
    public List<Receipt> list(ReceiptFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM receipt r WHERE 1 = 1");
        if (filter.ruleId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM receipt_finding f WHERE f.receipt_id = r.id AND f.rule_id = :rule)");
        }
        if (filter.placementId() != null) {
            sql.append(" AND (EXISTS (SELECT 1 FROM receipt_placement p WHERE p.receipt_id = r.id")
                    .append(" AND p.placement_id = :placement) OR EXISTS (SELECT 1 FROM receipt_finding f")
                    .append(" WHERE f.receipt_id = r.id AND f.placement_id = :placement))");
        }
        if (filter.rulebaseVersion() != null) {
            sql.append(" AND (r.rulebase_version LIKE :rulebase OR r.changed_rulebase_version LIKE :rulebase)");
        }
        if (filter.since() != null) {
            sql.append(" AND r.recorded_at >= :since");
        }
        sql.append(" ORDER BY r.id DESC");
        if (filter.limit() > 0) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        try {
            return database.jdbi().withHandle(h -> {
                Query query = h.createQuery(sql.toString());
                if (filter.ruleId() != null) {
                    query.bind("rule", filter.ruleId());
                }
                if (filter.placementId() != null) {
                    query.bind("placement", filter.placementId());
                }
                if (filter.rulebaseVersion() != null) {
                    query.bind("rulebase", filter.rulebaseVersion().toLowerCase(java.util.Locale.ROOT) + "%");
                }
                if (filter.since() != null) {
                    query.bind("since", utc(filter.since().atStartOfDay().toInstant(ZoneOffset.UTC)));
                }
                return query.map((rs, ctx) -> receipt(rs)).list();
            });
        } catch (JdbiException e) {
            throw failure("cannot read the receipts", e);
        }
    }

    /**
     * The receipt with this id, or with an id starting with this text (at least 8 characters, and only one match);
     * empty when there is none. Plain JDBC: a recorded review given {@code --since} reads it.
     */
    public Optional<Receipt.Details> find(String idOrPrefix) {
        String text = idOrPrefix == null ? "" : idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.length() < 8) {
            throw new StoreException("give the receipt id (at least its first 8 characters), not \"" + text + "\"");
        }
        try (Connection c = database.connection()) {
            List<Receipt> found = Sql.list(c, "SELECT * FROM receipt WHERE id LIKE ? ORDER BY id LIMIT 2",
                    ReceiptStore::receipt, text.replace("%", "").replace("_", "") + "%");
            if (found.size() > 1) {
                throw new StoreException(text + " starts more than one receipt id (" + found.get(0).id() + ", "
                        + found.get(1).id() + ", ...): give more of it");
            }
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Receipt r = found.get(0);
            List<Receipt.RuleFile> files = listedRuleFiles(c, "receipt_rule_file", r.id());
            List<Receipt.RuleFile> changedFiles = listedRuleFiles(c, "receipt_changed_rule_file", r.id());
            List<Receipt.Input> inputs = Sql.list(c, """
                            SELECT i.position, i.name, i.csv, i.sha256, c.size_bytes FROM receipt_input i
                            JOIN input_content c ON c.sha256 = i.sha256
                            WHERE i.receipt_id = ? ORDER BY i.position""",
                    rs -> new Receipt.Input(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getString(4).strip(),
                            rs.getLong(5)), r.id());
            long outputBytes = Sql.first(c, "SELECT size_bytes FROM receipt_output WHERE receipt_id = ?",
                    rs -> rs.getLong(1), r.id()).orElse(0L);
            return Optional.of(new Receipt.Details(r, files, inputs, outputBytes, changedFiles));
        } catch (SQLException e) {
            throw failure("cannot read receipt " + text, e);
        }
    }

    private static List<Receipt.RuleFile> listedRuleFiles(Connection c, String table, String id)
            throws SQLException {
        return Sql.list(c, "SELECT f.path, f.sha256, c.size_bytes FROM " + table + " f"
                        + " JOIN rule_file_content c ON c.sha256 = f.sha256 WHERE f.receipt_id = ? ORDER BY f.path",
                rs -> new Receipt.RuleFile(rs.getString(1), rs.getString(2).strip(), rs.getLong(3)), id);
    }

    /** The rule and reference files the receipt's run loaded (a what-if's base): path in the folder to content. */
    public java.util.SortedMap<String, byte[]> ruleFiles(String id) {
        return ruleFiles("receipt_rule_file", id);
    }

    /** A what-if's changed policy's files: path in its folder to content (empty for other commands). */
    public java.util.SortedMap<String, byte[]> changedRuleFiles(String id) {
        return ruleFiles("receipt_changed_rule_file", id);
    }

    private java.util.SortedMap<String, byte[]> ruleFiles(String table, String id) {
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
        read(h -> h.createQuery("SELECT f.path, c.gzip FROM " + table + " f"
                        + " JOIN rule_file_content c ON c.sha256 = f.sha256 WHERE f.receipt_id = :id").bind("id", id)
                .map((rs, ctx) -> Map.entry(rs.getString(1), Gzip.decompress(rs.getBytes(2))))
                .list()).forEach(e -> files.put(e.getKey(), e.getValue()));
        return files;
    }

    /** The inputs the receipt's run read, in order; content null where purged. */
    public List<StoredInput> inputs(String id) {
        return read(h -> h.createQuery("""
                        SELECT i.name, i.csv, i.sha256, c.size_bytes, c.gzip FROM receipt_input i
                        JOIN input_content c ON c.sha256 = i.sha256 WHERE i.receipt_id = :id ORDER BY i.position""")
                .bind("id", id)
                .map((rs, ctx) -> {
                    byte[] gzip = rs.getBytes(5);
                    return new StoredInput(rs.getString(1), rs.getBoolean(2), rs.getString(3).strip(),
                            rs.getLong(4), gzip == null ? null : Gzip.decompress(gzip));
                }).list());
    }

    /** The output exactly as written, or empty once purged. */
    public Optional<byte[]> output(String id) {
        return read(h -> h.createQuery("SELECT gzip FROM receipt_output WHERE receipt_id = :id").bind("id", id)
                .map((rs, ctx) -> Gzip.decompress(rs.getBytes(1))).findOne());
    }

    /** What a purge deleted. */
    public record Purged(int receipts, int outputs, int inputs, long inputBytes) {
    }

    /**
     * Deletes the outputs of receipts recorded before {@code before} (UTC midnight) and the inputs no later receipt
     * uses; hashes and metadata stay, and the receipts are marked purged. One transaction.
     */
    public Purged purge(LocalDate before, Instant now) {
        OffsetDateTime cutoff = utc(before.atStartOfDay().toInstant(ZoneOffset.UTC));
        OffsetDateTime at = utc(now);
        try {
            return database.jdbi().inTransaction(h -> {
                int outputs = h.createUpdate("""
                        DELETE FROM receipt_output WHERE receipt_id IN
                            (SELECT id FROM receipt WHERE recorded_at < :cutoff)""").bind("cutoff", cutoff).execute();
                String unused = """
                        FROM input_content c WHERE c.gzip IS NOT NULL
                        AND EXISTS (SELECT 1 FROM receipt_input i JOIN receipt r ON r.id = i.receipt_id
                                    WHERE i.sha256 = c.sha256 AND r.recorded_at < :cutoff)
                        AND NOT EXISTS (SELECT 1 FROM receipt_input i JOIN receipt r ON r.id = i.receipt_id
                                    WHERE i.sha256 = c.sha256 AND r.recorded_at >= :cutoff)""";
                long bytes = h.createQuery("SELECT COALESCE(SUM(c.size_bytes), 0) " + unused).bind("cutoff", cutoff)
                        .mapTo(Long.class).one();
                int inputs = h.createUpdate("UPDATE input_content SET gzip = NULL, purged_at = :at WHERE sha256 IN"
                        + " (SELECT c.sha256 " + unused + ")").bind("cutoff", cutoff).bind("at", at).execute();
                int receipts = h.createUpdate("""
                        UPDATE receipt SET purged_at = :at WHERE recorded_at < :cutoff AND purged_at IS NULL""")
                        .bind("cutoff", cutoff).bind("at", at).execute();
                return new Purged(receipts, outputs, inputs, bytes);
            });
        } catch (JdbiException e) {
            throw failure("cannot purge", e);
        }
    }

    private <T> T read(org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
        try {
            return database.jdbi().withHandle(callback);
        } catch (JdbiException e) {
            throw failure("cannot read the receipt", e);
        }
    }

    private static Receipt receipt(ResultSet rs) throws SQLException {
        OffsetDateTime purged = rs.getObject("purged_at", OffsetDateTime.class);
        return new Receipt(rs.getString("id").strip(), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("command"), arguments(rs.getString("arguments")), rs.getString("output_format"),
                rs.getObject("as_of", LocalDate.class), rs.getString("authority"), rs.getString("tool_version"),
                rs.getString("java_version"), rs.getString("drools_version"),
                rs.getString("rulebase_version").strip(), rs.getString("rule_folder"),
                rs.getString("input_sha256").strip(), rs.getString("output_sha256").strip(), rs.getInt("reviewed"),
                rs.getInt("rejected"), rs.getString("run_by"), rs.getLong("duration_ms"),
                purged == null ? null : purged.toInstant(), changed(rs));
    }

    private static Receipt.ChangedRulebase changed(ResultSet rs) throws SQLException {
        String version = rs.getString("changed_rulebase_version");
        if (version == null) {
            return null;
        }
        String settings = rs.getString("changed_settings");
        return new Receipt.ChangedRulebase(version.strip(), rs.getString("changed_rule_folder"),
                settings == null ? List.of() : arguments(settings));
    }

    private static List<String> arguments(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of(json);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private StoreException failure(String what, Exception e) {
        if (e.getCause() instanceof StoreException store) {
            return store;
        }
        return new StoreException(database.url().display() + ": " + what + ": " + Database.reason(e), e);
    }

    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static void pauseIfAsked() {
        long pause = Long.getLong(PAUSE_BEFORE_COMMIT, 0);
        if (pause > 0) {
            System.err.println("placement-review: receipt written, not yet committed");
            System.err.flush();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
