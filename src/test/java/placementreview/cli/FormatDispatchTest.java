package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.cli.CliTest.Run;
import placementreview.report.ReviewJson;

/** Every command writes through the one format dispatch: the formats each offers, and what --out does with them. */
class FormatDispatchTest {
    @TempDir
    Path dir;

    @Test
    void explainAndRulesHaveJsonLikeTheWebApi() throws IOException {
        Run explain = CliTest.run("explain", CliTest.DEMO, "--placement", "P-00049", "--format", "json");
        assertThat(explain.code()).isZero();
        JsonNode placement = ReviewJson.MAPPER.readTree(explain.out()).get("placement");
        assertThat(placement.get("placementId").asText()).isEqualTo("P-00049");
        assertThat(placement.has("rank")).isFalse();
        assertThat(placement.get("trace").size()).isPositive();

        Run rules = CliTest.run("rules", "--format", "json");
        assertThat(rules.code()).isZero();
        JsonNode first = ReviewJson.MAPPER.readTree(rules.out()).get("rules").get(0);
        assertThat(first.get("source").asText()).contains("rule \"", "@id(\"" + first.get("id").asText() + "\")");
    }

    @Test
    void aFormatAnOutputDoesNotHaveIsOneLineNamingTheOnesItHas() {
        Run check = CliTest.run("check", CliTest.DEMO, "--placement", "P-00049", "--format", "csv");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err().strip()).isEqualTo("placement-review: check has no csv output: use table or json or html");
        Run typo = CliTest.run("review", CliTest.DEMO, "--format", "pdf");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("--format must be one of table, json, csv, html, not pdf");
        Run by = CliTest.run("review", CliTest.DEMO, "--by", "savings");
        assertThat(by.code()).isEqualTo(2);
        assertThat(by.err()).contains("--by must be cost or saving, not savings");
    }

    @Test
    void outputFilesAreOwnerOnlyAndReplacedWhole() throws IOException {
        Path pack = dir.resolve("pack.html");
        Files.writeString(pack, "old pack");
        assertThat(CliTest.run("review", CliTest.DEMO, "--format", "html", "--out", pack.toString()).code()).isZero();
        assertThat(Files.readString(pack)).startsWith("<!DOCTYPE html>");
        assertThat(Files.getPosixFilePermissions(pack))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Files.list(dir)).containsExactly(pack);
    }

    @Test
    void generatedCaseFilesAreOwnerOnlyAndReplacedWholeToo() throws IOException {
        Path json = dir.resolve("small.json");
        Path csv = dir.resolve("small.csv");
        Files.writeString(json, "an older file");
        for (Path file : new Path[] {json, csv}) {
            Run generate = CliTest.run("generate", "--out", file.toString(), "--count", "3");
            assertThat(generate.code()).as(generate.err()).isZero();
        }
        assertThat(Files.readString(json)).startsWith("{").contains("\"placements\"");
        assertThat(Files.readString(csv)).startsWith("authority,");
        for (Path file : new Path[] {json, csv}) {
            assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        assertThat(Files.list(dir)).containsExactlyInAnyOrder(json, csv);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartialFile() throws IOException {
        Path out = dir.resolve("check.txt");
        Files.writeString(out, "last month's check");
        Run r = CliTest.run("check", CliTest.DEMO, "--placement", "P-00049", "--format", "csv", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("last month's check");
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void aSymbolicLinkIsNotWrittenThrough() throws IOException {
        Path target = dir.resolve("elsewhere.json");
        Files.writeString(target, "keep");
        Path link = Files.createSymbolicLink(dir.resolve("review.json"), target);
        Run r = CliTest.run("review", CliTest.DEMO, "--format", "json", "--out", link.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("review.json: is a symbolic link");
        assertThat(Files.readString(target)).isEqualTo("keep");
    }
}
