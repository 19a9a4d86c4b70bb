package placementreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one set of migrations builds the same tables on H2 (PostgreSQL mode) and on PostgreSQL, and reopens cleanly. */
class MigrationTest {
    private static java.util.stream.Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migratesAnEmptyDatabaseAndReopensWithoutChange(TestDatabases kind) {
        DatabaseUrl url = kind.fresh();
        try (Database db = Database.open(url, 1)) {
            assertThat(tables(db)).containsExactlyInAnyOrder("input_content", "receipt", "receipt_finding",
                    "receipt_input", "receipt_output", "receipt_placement", "receipt_rule_file", "rule_file_content",
                    "receipt_review", "receipt_caseload", "panel_decision");
        }
        try (Database again = Database.open(url, 1)) {
            Integer applied = again.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL").mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(migrationFiles());
        }
    }

    @org.junit.jupiter.api.Test
    void theNewestMigrationIsTheOneTheDatabaseChecksFor() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertThat(newest).isEqualTo(Database.LATEST_MIGRATION);
        }
    }

    private static int migrationFiles() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.List<String> tables(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) NOT LIKE 'flyway%'""")
                .mapTo(String.class).list());
    }
}
