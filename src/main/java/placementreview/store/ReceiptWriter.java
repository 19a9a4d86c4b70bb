package placementreview.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import placementreview.io.Sha256;
import placementreview.review.RecordedCaseload;

/**
 * Writes one receipt's rows on a connection already in a transaction. Plain JDBC: recording is on every recorded
 * command's path, and making JDBI costs a fresh JVM more than the whole insert (docs/performance.md).
 */
final class ReceiptWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS_PER_INSERT = 100;

    private final Connection c;

    ReceiptWriter(Connection connection) {
        this.c = connection;
    }

    void insert(NewReceipt r) throws SQLException {
        long[] start = Timing.start();
        storeRuleFiles(r.ruleFiles());
        if (r.changed() != null) {
            storeRuleFiles(r.changed().ruleFiles());
        }
        Timing.since(start, "rule files stored");
        start = Timing.start();
        for (StoredInput input : r.inputs()) {
            storeInput(input);
        }
        Timing.since(start, "inputs stored");
        start = Timing.start();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO receipt (id, recorded_at, command, arguments, output_format, as_of, authority,
                    tool_version, java_version, drools_version, rulebase_version, rule_folder, input_sha256,
                    output_sha256, reviewed, rejected, run_by, duration_ms, changed_rulebase_version,
                    changed_rule_folder, changed_settings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int i = 0;
            s.setString(++i, r.id());
            s.setObject(++i, ReceiptStore.utc(r.recordedAt()));
            s.setString(++i, r.command());
            s.setString(++i, json(r.arguments()));
            s.setString(++i, r.format());
            s.setObject(++i, r.asOf());
            s.setString(++i, r.authority());
            s.setString(++i, r.toolVersion());
            s.setString(++i, r.javaVersion());
            s.setString(++i, r.droolsVersion());
            s.setString(++i, r.rulebaseVersion());
            s.setString(++i, r.ruleFolder());
            s.setString(++i, r.inputSha256());
            s.setString(++i, r.outputSha256());
            s.setInt(++i, r.reviewed());
            s.setInt(++i, r.rejected());
            s.setString(++i, r.runBy());
            s.setLong(++i, r.durationMs());
            NewReceipt.ChangedRules changed = r.changed();
            s.setString(++i, changed == null ? null : changed.rulebaseVersion());
            s.setString(++i, changed == null ? null : changed.ruleFolder());
            s.setString(++i, changed == null ? null : json(changed.settings()));
            s.executeUpdate();
        }
        Timing.since(start, "receipt row inserted");
        start = Timing.start();
        listRuleFiles("receipt_rule_file", r.id(), r.ruleFiles());
        if (r.changed() != null) {
            listRuleFiles("receipt_changed_rule_file", r.id(), r.changed().ruleFiles());
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO receipt_input (receipt_id, position, name, csv, sha256) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < r.inputs().size(); i++) {
                StoredInput input = r.inputs().get(i);
                s.setString(1, r.id());
                s.setInt(2, i + 1);
                s.setString(3, input.name());
                s.setBoolean(4, input.csv());
                s.setString(5, input.sha256());
                s.addBatch();
            }
            s.executeBatch();
        }
        Timing.since(start, "rule files and inputs listed");
        start = Timing.start();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO receipt_output (receipt_id, size_bytes, gzip) VALUES (?, ?, ?)")) {
            s.setString(1, r.id());
            s.setLong(2, r.output().length);
            s.setBytes(3, Gzip.compress(r.output()));
            s.executeUpdate();
        }
        Timing.since(start, "output stored");
        start = Timing.start();
        insertShown(r.id(), r.shown());
        Timing.since(start, "placements and findings shown stored");
    }

    private void listRuleFiles(String table, String id, Map<String, byte[]> files) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO " + table + " (receipt_id, path, sha256) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                s.setString(1, id);
                s.setString(2, file.getKey());
                s.setString(3, Sha256.of(file.getValue()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertShown(String id, Shown shown) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<Object[]> placements = new ArrayList<>();
        for (Shown.Placement p : shown.placements()) {
            if (seen.add(p.placementId())) {
                placements.add(new Object[] {id, p.placementId(), p.rank(), p.weeklyCost()});
            }
        }
        insertRows("receipt_placement (receipt_id, placement_id, rank, weekly_cost)", placements);
        List<Object[]> findings = new ArrayList<>();
        for (Shown.Finding f : shown.findings()) {
            findings.add(new Object[] {id, findings.size() + 1, f.ruleId(), f.placementId(), f.weeklySaving()});
        }
        insertRows("receipt_finding (receipt_id, position, rule_id, placement_id, weekly_saving)", findings);
        if (shown.caseload() != null) {
            insertCaseload(id, shown.caseload(), shown.sinceLast());
        }
    }

    /** A review's year, top N and whole caseload: what the panel's cycle compares and tracks delivery against. */
    private void insertCaseload(String id, RecordedCaseload caseload, boolean sinceLast) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO receipt_review (receipt_id, year_start, year_end, top_count, since_last)
                VALUES (?, ?, ?, ?, ?)""")) {
            s.setString(1, id);
            s.setObject(2, caseload.yearStart());
            s.setObject(3, caseload.yearEnd());
            s.setInt(4, caseload.topCount());
            s.setBoolean(5, sinceLast);
            s.executeUpdate();
        }
        Set<String> seen = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (RecordedCaseload.Entry e : caseload.entries()) {
            if (seen.add(e.placementId())) {
                rows.add(new Object[] {id, e.placementId(), e.rank(), e.netWeekly(), e.weeksPerYear(), e.start(),
                    e.plannedEnd(), String.join(" ", e.countedRuleIds()), e.reductionFullYear()});
            }
        }
        insertRows("receipt_caseload (receipt_id, placement_id, rank, net_weekly_cost, weeks_per_year, start_date,"
                + " planned_end, counted_rules, reduction_full_year)", rows);
    }

    /**
     * Inserts the rows as multi-row INSERTs of up to {@value #ROWS_PER_INSERT} rows: a review shows hundreds of
     * findings, and one statement per row costs several times more on H2.
     */
    private void insertRows(String tableAndColumns, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            int columns = chunk.get(0).length;
            String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tableAndColumns + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), row)))) {
                int i = 0;
                for (Object[] values : chunk) {
                    for (Object value : values) {
                        Sql.bind(s, ++i, value);
                    }
                }
                s.executeUpdate();
            }
        }
    }

    private void storeRuleFiles(Map<String, byte[]> files) throws SQLException {
        List<String> hashes = files.values().stream().map(Sha256::of).distinct().toList();
        if (hashes.isEmpty()) {
            return;
        }
        Set<String> stored = new HashSet<>();
        String marks = String.join(", ", Collections.nCopies(hashes.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(
                "SELECT sha256 FROM rule_file_content WHERE sha256 IN (" + marks + ")")) {
            for (int i = 0; i < hashes.size(); i++) {
                s.setString(i + 1, hashes.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1).strip());
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO rule_file_content (sha256, size_bytes, gzip) VALUES (?, ?, ?)")) {
            boolean any = false;
            for (byte[] bytes : files.values()) {
                String sha256 = Sha256.of(bytes);
                if (stored.add(sha256)) {
                    s.setString(1, sha256);
                    s.setLong(2, bytes.length);
                    s.setBytes(3, Gzip.compress(bytes));
                    s.addBatch();
                    any = true;
                }
            }
            if (any) {
                s.executeBatch();
            }
        }
    }

    /** Stores an input once per hash; an input purged earlier and read again is stored again. */
    private void storeInput(StoredInput input) throws SQLException {
        Boolean present = null;
        try (PreparedStatement s = c.prepareStatement("SELECT gzip IS NOT NULL FROM input_content WHERE sha256 = ?")) {
            s.setString(1, input.sha256());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    present = rs.getBoolean(1);
                }
            }
        }
        if (present == null) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO input_content (sha256, size_bytes, gzip) VALUES (?, ?, ?)")) {
                s.setString(1, input.sha256());
                s.setLong(2, input.content().length);
                s.setBytes(3, Gzip.compress(input.content()));
                s.executeUpdate();
            }
        } else if (!present) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE input_content SET gzip = ?, purged_at = NULL WHERE sha256 = ?")) {
                s.setBytes(1, Gzip.compress(input.content()));
                s.setString(2, input.sha256());
                s.executeUpdate();
            }
        }
    }

    static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(new ArrayList<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
