package placementreview.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.model.CaseFile;
import placementreview.testing.TestRules;

/** inputSha256 is what sha256sum prints for the file (for several files: for their bytes one after another). */
class InputHashTest {
    private static final String ONE = """
            {"asOf": "2026-11-23", "placements": [{"id": "P-1", "child": {"ref": "C-1", "birthMonth": "2012-05"},
             "type": "IFA", "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": 900.00}}]}
            """;
    private static final String TWO = ONE.replace("P-1", "P-2").replace("C-1", "C-2");

    @TempDir
    Path dir;

    private final CaseFileReader reader = new CaseFileReader(TestRules.rulebase().reference().dstCeilings());

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void oneFileHashesAsItsBytes() throws IOException {
        CaseFile caseFile = reader.read(write("one.json", ONE), null);
        assertThat(caseFile.inputSha256()).isEqualTo(Sha256.of(ONE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void severalFilesHashAsTheirBytesInTheOrderGiven() throws IOException {
        Path one = write("one.json", ONE);
        Path two = write("two.json", TWO);
        CaseFile caseFile = reader.readAll(List.of(one, two), null);
        assertThat(caseFile.placements()).hasSize(2);
        assertThat(caseFile.inputSha256()).isEqualTo(Sha256.of((ONE + TWO).getBytes(StandardCharsets.UTF_8)));
        assertThat(reader.readAll(List.of(two, one), null).inputSha256()).isNotEqualTo(caseFile.inputSha256());
    }

    @Test
    void aFileThatBreaksPartWayIsStillHashedWhole() {
        String broken = ONE.replace("]}", "], garbage garbage garbage");
        CaseFile caseFile = reader.read("body", new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                null);
        assertThat(caseFile.inputSha256()).isEqualTo(Sha256.of(broken.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStreamHashesLikeTheSameBytesFromAFile() throws IOException {
        CaseFile fromStream = reader.read("request body",
                new ByteArrayInputStream(ONE.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(fromStream.inputSha256()).isEqualTo(reader.read(write("one.json", ONE), null).inputSha256());
    }
}
