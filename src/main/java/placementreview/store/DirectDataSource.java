package placementreview.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections opened straight from the JDBC driver, no pool: for a command that records or reads once and exits,
 * where starting a pool costs more than the one or two connections it would share.
 */
final class DirectDataSource implements DataSource {
    private static final Driver H2 = new org.h2.Driver();

    private final DatabaseUrl url;
    private PrintWriter log;
    private int loginTimeoutSeconds;

    DirectDataSource(DatabaseUrl url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(url.user(), url.password());
    }

    /**
     * An H2 URL goes straight to H2's driver: DriverManager would first load every driver on the class path, and
     * PostgreSQL's starts java.util.logging (about 100 classes a recorded run does not need).
     */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        if (!url.isH2()) {
            return DriverManager.getConnection(url.url(), user, password);
        }
        Properties login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        return H2.connect(url.url(), login);
    }

    @Override
    public PrintWriter getLogWriter() {
        return log;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        log = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
