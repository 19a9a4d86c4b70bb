package placementreview.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import placementreview.io.Sha256;
import placementreview.review.RecordedCaseload;

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
    private final Jdbi jdbi;

    public ReceiptStore(Database database) {
        this.database = database;
        this.jdbi = database.jdbi();
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
                jdbi.useTransaction(h -> insert(h, receipt));
                return;
            } catch (JdbiException e) {
                if (attempt < ATTEMPTS && UNIQUE_VIOLATION.equals(sqlState(e))) {
                    continue;
                }
                throw failure("cannot record the receipt", e);
            }
        }
    }

    private void insert(Handle h, NewReceipt r) {
        storeRuleFiles(h, r.ruleFiles());
        for (StoredInput input : r.inputs()) {
            storeInput(h, input, r.recordedAt());
        }
        h.createUpdate("""
                INSERT INTO receipt (id, recorded_at, command, arguments, output_format, as_of, authority,
                    tool_version, java_version, drools_version, rulebase_version, rule_folder, input_sha256,
                    output_sha256, reviewed, rejected, run_by, duration_ms)
                VALUES (:id, :recordedAt, :command, :arguments, :format, :asOf, :authority, :tool, :java, :drools,
                    :rulebase, :folder, :input, :output, :reviewed, :rejected, :runBy, :duration)""")
                .bind("id", r.id()).bind("recordedAt", utc(r.recordedAt())).bind("command", r.command())
                .bind("arguments", json(r.arguments())).bind("format", r.format()).bind("asOf", r.asOf())
                .bind("authority", r.authority()).bind("tool", r.toolVersion()).bind("java", r.javaVersion())
                .bind("drools", r.droolsVersion()).bind("rulebase", r.rulebaseVersion())
                .bind("folder", r.ruleFolder()).bind("input", r.inputSha256()).bind("output", r.outputSha256())
                .bind("reviewed", r.reviewed()).bind("rejected", r.rejected()).bind("runBy", r.runBy())
                .bind("duration", r.durationMs()).execute();
        PreparedBatch files = h.prepareBatch(
                "INSERT INTO receipt_rule_file (receipt_id, path, sha256) VALUES (:id, :path, :sha256)");
        r.ruleFiles().forEach((path, bytes) ->
                files.bind("id", r.id()).bind("path", path).bind("sha256", Sha256.of(bytes)).add());
        files.execute();
        PreparedBatch inputs = h.prepareBatch("""
                INSERT INTO receipt_input (receipt_id, position, name, csv, sha256)
                VALUES (:id, :position, :name, :csv, :sha256)""");
        for (int i = 0; i < r.inputs().size(); i++) {
            StoredInput input = r.inputs().get(i);
            inputs.bind("id", r.id()).bind("position", i + 1).bind("name", input.name()).bind("csv", input.csv())
                    .bind("sha256", input.sha256()).add();
        }
        inputs.execute();
        h.createUpdate("INSERT INTO receipt_output (receipt_id, size_bytes, gzip) VALUES (:id, :size, :gzip)")
                .bind("id", r.id()).bind("size", (long) r.output().length).bind("gzip", Gzip.compress(r.output()))
                .execute();
        insertShown(h, r.id(), r.shown());
        pauseIfAsked();
    }

    private static void insertShown(Handle h, String id, Shown shown) {
        if (!shown.placements().isEmpty()) {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO receipt_placement (receipt_id, placement_id, rank, weekly_cost)
                    VALUES (:id, :placement, :rank, :weekly)""");
            Set<String> seen = new HashSet<>();
            for (Shown.Placement p : shown.placements()) {
                if (seen.add(p.placementId())) {
                    batch.bind("id", id).bind("placement", p.placementId()).bind("rank", p.rank())
                            .bind("weekly", p.weeklyCost()).add();
                }
            }
            batch.execute();
        }
        if (!shown.findings().isEmpty()) {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO receipt_finding (receipt_id, position, rule_id, placement_id, weekly_saving)
                    VALUES (:id, :position, :rule, :placement, :saving)""");
            int position = 1;
            for (Shown.Finding f : shown.findings()) {
                batch.bind("id", id).bind("position", position++).bind("rule", f.ruleId())
                        .bind("placement", f.placementId()).bind("saving", f.weeklySaving()).add();
            }
            batch.execute();
        }
        if (shown.caseload() != null) {
            insertCaseload(h, id, shown.caseload(), shown.sinceLast());
        }
    }

    /** A review's year, top N and whole caseload: what the panel's cycle compares and tracks delivery against. */
    private static void insertCaseload(Handle h, String id, RecordedCaseload caseload, boolean sinceLast) {
        h.createUpdate("""
                INSERT INTO receipt_review (receipt_id, year_start, year_end, top_count, since_last)
                VALUES (:id, :start, :end, :top, :sinceLast)""")
                .bind("id", id).bind("start", caseload.yearStart()).bind("end", caseload.yearEnd())
                .bind("top", caseload.topCount()).bind("sinceLast", sinceLast).execute();
        if (caseload.entries().isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO receipt_caseload (receipt_id, placement_id, rank, net_weekly_cost, weeks_per_year,
                    start_date, planned_end, counted_rules, reduction_full_year)
                VALUES (:id, :placement, :rank, :weekly, :weeks, :start, :end, :counted, :reduction)""");
        Set<String> seen = new HashSet<>();
        for (RecordedCaseload.Entry e : caseload.entries()) {
            if (seen.add(e.placementId())) {
                batch.bind("id", id).bind("placement", e.placementId()).bind("rank", e.rank())
                        .bind("weekly", e.netWeekly()).bind("weeks", e.weeksPerYear()).bind("start", e.start())
                        .bind("end", e.plannedEnd()).bind("counted", String.join(" ", e.countedRuleIds()))
                        .bind("reduction", e.reductionFullYear()).add();
            }
        }
        batch.execute();
    }

    private static void storeRuleFiles(Handle h, Map<String, byte[]> files) {
        Set<String> stored = new HashSet<>();
        List<String> hashes = files.values().stream().map(Sha256::of).distinct().toList();
        if (!hashes.isEmpty()) {
            stored.addAll(h.createQuery("SELECT sha256 FROM rule_file_content WHERE sha256 IN (<hashes>)")
                    .bindList("hashes", hashes).mapTo(String.class).list());
        }
        for (byte[] bytes : files.values()) {
            String sha256 = Sha256.of(bytes);
            if (stored.add(sha256)) {
                h.createUpdate("INSERT INTO rule_file_content (sha256, size_bytes, gzip) VALUES (:sha, :size, :gzip)")
                        .bind("sha", sha256).bind("size", (long) bytes.length).bind("gzip", Gzip.compress(bytes))
                        .execute();
            }
        }
    }

    /** Stores an input once per hash; an input purged earlier and read again is stored again. */
    private static void storeInput(Handle h, StoredInput input, Instant at) {
        Optional<Boolean> present = h.createQuery("SELECT gzip IS NOT NULL FROM input_content WHERE sha256 = :sha")
                .bind("sha", input.sha256()).mapTo(Boolean.class).findOne();
        if (present.isEmpty()) {
            h.createUpdate("INSERT INTO input_content (sha256, size_bytes, gzip) VALUES (:sha, :size, :gzip)")
                    .bind("sha", input.sha256()).bind("size", (long) input.content().length)
                    .bind("gzip", Gzip.compress(input.content())).execute();
        } else if (!present.get()) {
            h.createUpdate("UPDATE input_content SET gzip = :gzip, purged_at = NULL WHERE sha256 = :sha")
                    .bind("sha", input.sha256()).bind("gzip", Gzip.compress(input.content())).execute();
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
            sql.append(" AND r.rulebase_version LIKE :rulebase");
        }
        if (filter.since() != null) {
            sql.append(" AND r.recorded_at >= :since");
        }
        sql.append(" ORDER BY r.id DESC");
        if (filter.limit() > 0) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        try {
            return jdbi.withHandle(h -> {
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
     * empty when there is none.
     */
    public Optional<Receipt.Details> find(String idOrPrefix) {
        String text = idOrPrefix == null ? "" : idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.length() < 8) {
            throw new StoreException("give the receipt id (at least its first 8 characters), not \"" + text + "\"");
        }
        try {
            return jdbi.withHandle(h -> {
                List<Receipt> found = h.createQuery("SELECT * FROM receipt WHERE id LIKE :prefix ORDER BY id LIMIT 2")
                        .bind("prefix", text.replace("%", "").replace("_", "") + "%")
                        .map((rs, ctx) -> receipt(rs)).list();
                if (found.size() > 1) {
                    throw new StoreException(text + " starts more than one receipt id (" + found.get(0).id() + ", "
                            + found.get(1).id() + ", ...): give more of it");
                }
                if (found.isEmpty()) {
                    return Optional.<Receipt.Details>empty();
                }
                Receipt r = found.get(0);
                List<Receipt.RuleFile> files = h.createQuery("""
                                SELECT f.path, f.sha256, c.size_bytes FROM receipt_rule_file f
                                JOIN rule_file_content c ON c.sha256 = f.sha256
                                WHERE f.receipt_id = :id ORDER BY f.path""").bind("id", r.id())
                        .map((rs, ctx) -> new Receipt.RuleFile(rs.getString(1), rs.getString(2).strip(), rs.getLong(3)))
                        .list();
                List<Receipt.Input> inputs = h.createQuery("""
                                SELECT i.position, i.name, i.csv, i.sha256, c.size_bytes FROM receipt_input i
                                JOIN input_content c ON c.sha256 = i.sha256
                                WHERE i.receipt_id = :id ORDER BY i.position""").bind("id", r.id())
                        .map((rs, ctx) -> new Receipt.Input(rs.getInt(1), rs.getString(2), rs.getBoolean(3),
                                rs.getString(4).strip(), rs.getLong(5))).list();
                long outputBytes = h.createQuery("SELECT size_bytes FROM receipt_output WHERE receipt_id = :id")
                        .bind("id", r.id()).mapTo(Long.class).findOne().orElse(0L);
                return Optional.of(new Receipt.Details(r, files, inputs, outputBytes));
            });
        } catch (JdbiException e) {
            throw failure("cannot read receipt " + text, e);
        }
    }

    /** The rule and reference files the receipt's run loaded: path in the rule folder to content. */
    public java.util.SortedMap<String, byte[]> ruleFiles(String id) {
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
        read(h -> h.createQuery("""
                        SELECT f.path, c.gzip FROM receipt_rule_file f JOIN rule_file_content c ON c.sha256 = f.sha256
                        WHERE f.receipt_id = :id""").bind("id", id)
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
            return jdbi.inTransaction(h -> {
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
            return jdbi.withHandle(callback);
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
                purged == null ? null : purged.toInstant());
    }

    private static List<String> arguments(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of(json);
        }
    }

    private static String json(List<String> arguments) {
        try {
            return JSON.writeValueAsString(new ArrayList<>(arguments));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
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
