package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar run as a separate process on the demo authority, as a user would run it. */
class JarEndToEndIT {
    record Result(int code, String out, String err) {
    }

    static Result runJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", "target/placement-review.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarReviewsTheDemoWithItsPackagedRules() throws Exception {
        Result r = runJar("review", "cases/demo/demo-authority.json", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("authority").asText()).isEqualTo("Demo Borough Council");
        assertThat(json.path("rulebaseVersion").asText()).hasSize(64);
        assertThat(json.path("reviewed").asInt()).isEqualTo(150);
        JsonNode top = json.path("top");
        assertThat(top.size()).isEqualTo(15);
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i - 1).path("netAnnualCost").decimalValue())
                    .isGreaterThanOrEqualTo(top.get(i).path("netAnnualCost").decimalValue());
        }
        assertThat(top.get(0).path("findings").findValuesAsText("ruleId")).contains("CR-01");
    }

    @Test
    void theJarExplainsAPlacementAndListsItsRules() throws Exception {
        Result explain = runJar("explain", "cases/demo/demo-authority.json", "--placement", "P-00049");
        assertThat(explain.code()).isZero();
        assertThat(explain.out()).contains("CR-02", "source:", "matched:");
        Result rules = runJar("rules");
        assertThat(rules.code()).isZero();
        assertThat(rules.out()).contains("rules/cost-reduction/fee-level.drl");
    }

    @Test
    void theJarWritesTheDemoPackFromItsPrecompiledTemplatesAsTheGoldenCopy() throws Exception {
        Result r = runJar("review", "cases/demo/demo-authority.json", "--format", "html");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        String golden = java.nio.file.Files.readString(Path.of("src/test/resources/golden/demo-pack.html"));
        assertThat(r.out().replaceAll("\\b[0-9a-f]{64}\\b", "<sha256>")).isEqualTo(golden);
    }

    @Test
    void theJarRefusesAMissingFileWithExitTwo() throws Exception {
        Result r = runJar("review", "cases/demo/no-such-file.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-file.json: no such file").doesNotContain("Exception");
    }
}
