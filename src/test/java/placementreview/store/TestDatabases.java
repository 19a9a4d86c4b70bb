package placementreview.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The two databases every store test runs on: an H2 file in a fresh folder, and a fresh database on one embedded
 * PostgreSQL (started once per test run, on first use, and stopped when the JVM ends).
 */
public enum TestDatabases {
    H2, POSTGRESQL;

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public static Stream<TestDatabases> both() {
        return Stream.of(H2, POSTGRESQL);
    }

    /** A new, empty database of this kind (its URL; user and password are set as the tool reads them). */
    public DatabaseUrl fresh() {
        if (this == H2) {
            try {
                Path folder = Files.createTempDirectory("receipts-h2-");
                return DatabaseUrl.resolve("jdbc:h2:file:" + folder.resolve("receipts"), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = "receipts_" + COUNT.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return DatabaseUrl.resolve(postgres().getJdbcUrl("postgres", name), Map.of(
                DatabaseUrl.ENV_USER, "postgres", DatabaseUrl.ENV_PASSWORD, "postgres"));
    }

    public Database open() {
        return Database.open(fresh(), 2);
    }

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; its temporary folder goes with it
                }
            }));
        }
        return postgres;
    }
}
