package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve-bench records nothing unless asked; with --record-in every answer of the run is a receipt there. */
class ServeBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void recordsEveryAnswerOnlyWhenGivenAFolder() throws Exception {
        CliTest.Run plain = CliTest.run("serve-bench", CliTest.DEMO, "--placement", "P-00049", "--requests", "6",
                "--rate", "50", "--clients", "2", "--warm-up", "0");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("not recorded", "6 requests (0 failed)", "cores, load average",
                "garbage collections");

        CliTest.Run recorded = CliTest.run("serve-bench", CliTest.DEMO, "--placement", "P-00049", "--requests", "6",
                "--rate", "50", "--clients", "2", "--warm-up", "0", "--record-in", dir.toString());
        assertThat(recorded.code()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("every answer recorded in", "6 requests (0 failed)");
        String db = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("serve-bench");
        JsonNode receipts = new ObjectMapper().readTree(CliTest.run("receipts", "--db", db, "--format", "json").out())
                .path("receipts");
        assertThat(receipts).hasSize(6).allSatisfy(r -> assertThat(r.path("command").asText()).isEqualTo("check"));
    }
}
