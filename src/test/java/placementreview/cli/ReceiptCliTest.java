package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import placementreview.io.Sha256;
import placementreview.store.Database;
import placementreview.store.DatabaseUrl;
import placementreview.store.TestDatabases;

/**
 * The receipt commands end to end, in-process, on H2 and on PostgreSQL: record the demo review, find it in the log,
 * replay it after the rules on disk changed, see a changed result named by its JSON path, purge it.
 */
class ReceiptCliTest {
    private static final Pattern RECORDED = Pattern.compile("recorded receipt ([0-9a-f-]{36})");

    @TempDir
    Path dir;

    private static Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRecordedReviewIsLoggedReplaysIdenticallyAfterTheRulesChangeAndCannotBeReplayedOncePurged(
            TestDatabases kind) throws IOException {
        DatabaseUrl url = kind.fresh();
        String db = url.url();
        Path rules = copyOfTheRules();
        Path out = dir.resolve("review.json");

        CliTest.Run recorded = CliTest.run("review", CliTest.DEMO, "--format", "json", "--rules", rules.toString(),
                "--record", "--db", db, "--out", out.toString());
        assertThat(recorded.code()).as(recorded.err()).isZero();
        Matcher m = RECORDED.matcher(recorded.err());
        assertThat(m.find()).as(recorded.err()).isTrue();
        String id = m.group(1);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.path("receipt").path("id").asText()).isEqualTo(id);
        assertThat(json.path("inputSha256").asText()).isEqualTo(Sha256.of(Files.readAllBytes(Path.of(CliTest.DEMO))));

        CliTest.Run log = CliTest.run("receipts", "--rule", "CR-02", "--db", db, "--format", "json");
        assertThat(log.code()).as(log.err()).isZero();
        JsonNode receipt = new ObjectMapper().readTree(log.out()).path("receipts").get(0);
        assertThat(receipt.path("id").asText()).isEqualTo(id);
        assertThat(receipt.path("outputSha256").asText()).isEqualTo(Sha256.of(Files.readAllBytes(out)));
        assertThat(receipt.path("arguments").toString()).doesNotContain("--record", "--db", "--out");
        assertThat(CliTest.run("receipts", "--rule", "NO-SUCH-RULE", "--db", db).out()).contains("No receipts match");

        Files.writeString(rules.resolve("cost-reduction/fee-level.drl"), "\n// edited after the review\n",
                StandardOpenOption.APPEND);
        CliTest.Run replay = CliTest.run("replay", id, "--db", db);
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("identical: output SHA-256 " + receipt.path("outputSha256").asText());

        changeTheStoredResult(url, id);
        CliTest.Run changed = CliTest.run("replay", id.substring(0, 13), "--db", db);
        assertThat(changed.code()).as(changed.out() + changed.err()).isEqualTo(1);
        assertThat(changed.out()).contains("first difference at $.reviewed: recorded 999, now "
                + json.path("reviewed").asInt());

        CliTest.Run purge = CliTest.run("purge", "--before", LocalDate.now().plusDays(1).toString(), "--db", db);
        assertThat(purge.out()).contains("1 receipt(s) marked purged, 1 output(s) and 1 input(s) deleted");
        CliTest.Run purged = CliTest.run("replay", id, "--db", db);
        assertThat(purged.code()).isEqualTo(2);
        assertThat(purged.err()).contains("was purged", "cannot be replayed");
        assertThat(CliTest.run("receipt", id, "--db", db).out()).contains(receipt.path("inputSha256").asText(),
                "output purged");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRecordedWhatIfIsOneReceiptHoldingBothRulebasesFoundByEitherAndReplayedAfterTheChangedFolderIsGone(
            TestDatabases kind) throws IOException {
        String db = kind.fresh().url();
        Path changedRules = copyOfTheRules();
        Path parameters = changedRules.resolve("reference/parameters.csv");
        Files.writeString(parameters, Files.readString(parameters).replace("very-high-cost-weekly,10000,",
                "very-high-cost-weekly,12000,"));
        Path out = dir.resolve("whatif.json");

        CliTest.Run against = CliTest.run("whatif", CliTest.DEMO, "--against", changedRules.toString(), "--format",
                "json", "--record", "--db", db, "--out", out.toString());
        assertThat(against.code()).as(against.err()).isZero();
        String againstId = recordedId(against);
        JsonNode output = new ObjectMapper().readTree(out.toFile());
        assertThat(output.path("receipt").path("id").asText()).isEqualTo(againstId);
        String baseVersion = output.path("whatIf").path("base").path("rulebaseVersion").asText();
        String changedVersion = output.path("whatIf").path("changed").path("rulebaseVersion").asText();
        assertThat(changedVersion).isNotEqualTo(baseVersion);

        CliTest.Run set = CliTest.run("whatif", CliTest.DEMO, "--set", "very-high-cost-weekly=12000", "--record",
                "--db", db);
        assertThat(set.code()).as(set.err()).isZero();
        String setId = recordedId(set);
        CliTest.Run review = CliTest.run("review", CliTest.DEMO, "--record", "--db", db);
        String reviewId = recordedId(review);

        assertThat(logged(db, "--rule", "CR-01")).containsExactly(reviewId, setId, againstId);
        assertThat(logged(db, "--rule", "CR-02")).as("a what-if names only the findings that changed")
                .containsExactly(reviewId);
        assertThat(logged(db, "--placement", "P-00084")).containsExactly(reviewId, setId, againstId);
        assertThat(logged(db, "--placement", "P-00049")).containsExactly(reviewId);
        assertThat(logged(db, "--rulebase", changedVersion.substring(0, 12))).containsExactly(againstId);
        assertThat(logged(db, "--rulebase", baseVersion.substring(0, 12)))
                .containsExactly(reviewId, setId, againstId);
        JsonNode listed = new ObjectMapper().readTree(CliTest.run("receipts", "--db", db, "--format", "json").out())
                .path("receipts");
        assertThat(listed.get(1).path("command").asText()).isEqualTo("whatif");
        assertThat(listed.get(0).path("changed").isNull()).isTrue();

        JsonNode shown = new ObjectMapper().readTree(CliTest.run("receipt", againstId, "--db", db, "--format", "json")
                .out());
        assertThat(shown.path("rulebaseVersion").asText()).isEqualTo(baseVersion);
        assertThat(shown.path("changed").path("rulebaseVersion").asText()).isEqualTo(changedVersion);
        assertThat(shown.path("changed").path("ruleFolder").asText()).isEqualTo(changedRules.toString());
        assertThat(shown.path("changed").path("settings")).isEmpty();
        assertThat(fileHash(shown.path("changed").path("ruleFiles"), "reference/parameters.csv"))
                .isEqualTo(Sha256.of(Files.readAllBytes(parameters)))
                .isNotEqualTo(fileHash(shown.path("ruleFiles"), "reference/parameters.csv"));
        JsonNode shownSet = new ObjectMapper().readTree(CliTest.run("receipt", setId, "--db", db, "--format", "json")
                .out());
        assertThat(shownSet.path("changed").path("settings").toString()).isEqualTo("[\"very-high-cost-weekly=12000\"]");
        assertThat(shownSet.path("changed").path("ruleFiles").size()).isEqualTo(shownSet.path("ruleFiles").size());
        assertThat(CliTest.run("receipt", setId, "--db", db).out()).contains("changed:  rulebase "
                + shownSet.path("changed").path("rulebaseVersion").asText(), "with very-high-cost-weekly=12000 set");

        try (Stream<Path> files = Files.walk(changedRules)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        for (String id : new String[] {againstId, setId}) {
            CliTest.Run replay = CliTest.run("replay", id, "--db", db);
            assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
            assertThat(replay.out()).contains("against rulebase", "\nidentical: output SHA-256 ");
        }
    }

    private static String recordedId(CliTest.Run run) {
        Matcher m = RECORDED.matcher(run.err());
        assertThat(m.find()).as(run.err()).isTrue();
        return m.group(1);
    }

    private static java.util.List<String> logged(String db, String... filter) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("receipts", "--db", db,
                "--format", "json"));
        args.addAll(java.util.List.of(filter));
        java.util.List<String> ids = new java.util.ArrayList<>();
        new ObjectMapper().readTree(CliTest.run(args.toArray(String[]::new)).out()).path("receipts")
                .forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private static String fileHash(JsonNode files, String path) {
        for (JsonNode f : files) {
            if (f.path("path").asText().equals(path)) {
                return f.path("sha256").asText();
            }
        }
        throw new AssertionError(path + " not among " + files);
    }

    @org.junit.jupiter.api.Test
    void aDatabaseThatCannotBeOpenedStopsARecordedRunBeforeAnyWorkInOneLineWithoutThePassword() {
        CliTest.Run run = CliTest.run("review", CliTest.DEMO, "--record", "--db",
                "jdbc:postgresql://127.0.0.1:1/receipts?password=s3cret");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n", "s3cret").startsWith(
                "placement-review: jdbc:postgresql://127.0.0.1:1/receipts?password=***: cannot open the receipt database: ");
        Path notAFolder = dir.resolve("file");
        try {
            Files.writeString(notAFolder, "a file where the database folder should be");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliTest.Run h2 = CliTest.run("receipts", "--db", "jdbc:h2:file:" + notAFolder.resolve("x").resolve("db"));
        assertThat(h2.code()).isEqualTo(2);
        assertThat(h2.err()).contains("cannot");
    }

    /** As if the review had once said 999 placements: the stored output and its hash both changed. */
    private static void changeTheStoredResult(DatabaseUrl url, String id) {
        try (Database database = Database.open(url, 1)) {
            database.jdbi().useHandle(h -> {
                byte[] gzip = h.createQuery("SELECT gzip FROM receipt_output WHERE receipt_id = :id").bind("id", id)
                        .mapTo(byte[].class).one();
                String text = new String(gunzip(gzip), StandardCharsets.UTF_8)
                        .replaceFirst("\"reviewed\" : \\d+", "\"reviewed\" : 999");
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                h.createUpdate("UPDATE receipt_output SET gzip = :gzip WHERE receipt_id = :id")
                        .bind("gzip", gzip(bytes)).bind("id", id).execute();
                h.createUpdate("UPDATE receipt SET output_sha256 = :sha WHERE id = :id")
                        .bind("sha", Sha256.of(bytes)).bind("id", id).execute();
            });
        }
    }

    private Path copyOfTheRules() throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static byte[] gunzip(byte[] gzip) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
