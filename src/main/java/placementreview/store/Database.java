package placementreview.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The receipt database, open and migrated: an H2 file (created on first use, owner-only) or a council's PostgreSQL.
 * Anything that stops it being opened or migrated is a {@link StoreException} naming the URL (never a password)
 * and the reason.
 */
public final class Database implements AutoCloseable {
    /** The newest migration (db/migration/V{n}__*.sql); a test keeps it in step with the files. */
    static final int LATEST_MIGRATION = 3;
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    static {
        // H2's AUTO_SERVER (the service and the command line sharing one file) listens on this machine only
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    private final DatabaseUrl url;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(DatabaseUrl url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens (creating an H2 file if need be) and migrates the database; {@code connections}: pool size. An H2 file
     * that another process is just closing (handing its shared server over) is tried again, three times in all.
     */
    public static Database open(DatabaseUrl url, int connections) {
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(url, connections);
            } catch (StoreException e) {
                if (!url.isH2() || attempt == 3) {
                    throw e;
                }
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Database openOnce(DatabaseUrl url, int connections) {
        Path h2File = url.h2File();
        if (h2File != null) {
            ownerOnlyFolder(url, h2File.getParent());
        }
        HikariDataSource pool;
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url.url());
            if (url.user() != null) {
                config.setUsername(url.user());
            }
            if (url.password() != null) {
                config.setPassword(url.password());
            }
            config.setMaximumPoolSize(Math.max(2, connections)); // Flyway holds two while it migrates
            config.setMinimumIdle(0);
            config.setPoolName("receipts");
            config.setConnectionTimeout(10_000);
            config.setInitializationFailTimeout(1);
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(url.display() + ": cannot open the receipt database: " + reason(e), e);
        }
        try {
            if (!isCurrent(pool)) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            }
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException(url.display() + ": cannot migrate the receipt database: " + reason(e), e);
        }
        if (h2File != null) {
            ownerOnlyFiles(h2File);
        }
        return new Database(url, pool);
    }

    /**
     * Whether the newest migration is already applied: then Flyway (which scans the classpath for migrations, most
     * of the cost of opening the database from the command line) is not needed.
     */
    private static boolean isCurrent(HikariDataSource pool) {
        try (var connection = pool.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            return result.next() && result.getInt(1) == LATEST_MIGRATION;
        } catch (SQLException e) {
            return false; // a new database: no history table yet
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseUrl url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The first line of the deepest cause: what a person needs (no stack, no password). */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof SQLException sql && sql.getSQLState() != null) {
            message = message + " (SQL state " + sql.getSQLState() + ")";
        }
        int line = message.indexOf('\n');
        return DatabaseUrl.redact(line < 0 ? message : message.substring(0, line)).strip();
    }

    private static void ownerOnlyFolder(DatabaseUrl url, Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (supportsPosix(folder)) {
                    Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreException(url.display() + ": cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The database files hold children's data (pseudonymous): readable by their owner only. */
    private static void ownerOnlyFiles(Path h2File) {
        Path folder = h2File.getParent();
        if (!supportsPosix(folder)) {
            return;
        }
        String prefix = h2File.getFileName().toString() + ".";
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.setPosixFilePermissions(file, Files.isDirectory(file) ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            // another process may have just removed a lock file; the folder itself is owner-only
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
