package placementreview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    @Test
    void theDefaultIsAnH2FileUnderXdgDataHomeInPostgreSqlModeSharedOnlyThroughAutoServer() {
        DatabaseUrl url = DatabaseUrl.resolve(null, Map.of("XDG_DATA_HOME", "/data/me"));
        assertThat(url.url()).isEqualTo("jdbc:h2:file:/data/me/placement-review/placement-review"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
        assertThat(url.h2File()).isEqualTo(Path.of("/data/me/placement-review/placement-review"));
        assertThat(DatabaseUrl.defaultFolder(Map.of())).isEqualTo(
                Path.of(System.getProperty("user.home"), ".local", "share", "placement-review"));
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndCredentialsComeOnlyFromTheEnvironment() {
        Map<String, String> env = Map.of(DatabaseUrl.ENV_URL, "jdbc:postgresql://env/db",
                DatabaseUrl.ENV_USER, "council", DatabaseUrl.ENV_PASSWORD, "s3cret");
        assertThat(DatabaseUrl.resolve(null, env)).isEqualTo(
                new DatabaseUrl("jdbc:postgresql://env/db", "council", "s3cret"));
        assertThat(DatabaseUrl.resolve("jdbc:postgresql://option/db", env).url()).isEqualTo(
                "jdbc:postgresql://option/db");
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        assertThat(DatabaseUrl.resolve("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true", Map.of()).display())
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://u:s3cret@h/db")).isEqualTo("jdbc:postgresql://u:***@h/db");
    }

    @Test
    void anotherKindOfDatabaseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> DatabaseUrl.resolve("jdbc:mysql://h/db", Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("jdbc:mysql://h/db: not a database");
    }
}
