package placementreview.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.assertj.core.api.Assertions;

/**
 * Fuzzing the reader: whatever bytes a case file holds, reading it either gives a case file (with rejections) or
 * fails with one {@link InputException}, never any other exception. Mutations of a valid JSON and CSV file (cut,
 * overwritten, inserted, deleted bytes) and random streams of JSON fragments. Small files: well under a minute.
 */
class CaseFileReaderPropertyTest {
    private static final String JSON = """
            {"authority": "A", "asOf": "2026-11-23", "financialYear": {"start": "2026-04-01", "end": "2027-03-31",
             "placementBudget": 900000}, "capacity": {"inHouseFosterVacancies": 2},
             "placements": [
              {"id": "P-1", "child": {"ref": "C-1", "birthMonth": "2012-05", "ehcp": true}, "type": "IFA",
               "start": "2025-01-01", "plannedEnd": "2027-01-01", "weeksPerYear": 52,
               "weekly": {"core": 900.00, "therapy": 120.50}, "needs": {"breathing": "LOW"},
               "stability": {"seriousIncidents": ["2026-01-05"], "missingEpisodes": []},
               "carePlan": {"riskFlags": ["CSE_ACTIVE"]}, "staffingRatio": "1:1"},
              {"id": "P-2", "child": {"ref": "C-2", "birthMonth": "2010-01"}, "type": "EXTERNAL_CHILDRENS_HOME",
               "start": "2024-02-01", "weeksPerYear": 52, "weekly": {"core": 6500, "additionalStaffing": 1800}}
             ]}""";
    private static final String CSV = """
            asOf,id,child.ref,child.birthMonth,type,start,weeksPerYear,weekly.core,stability.seriousIncidents,carePlan.riskFlags
            2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,"£1,900.00",2026-01-05;2026-02-01,none
            2026-11-23,P-2,C-2,2010-01,EXTERNAL_CHILDRENS_HOME,2024-02-01,52,6500,,"CSE_ACTIVE;SELF_HARM"
            """;
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", ",", ":", "\"placements\"",
            "\"asOf\"", "\"2026-11-23\"", "\"id\"", "\"P-1\"", "\"weekly\"", "\"core\"", "null", "true", "-1",
            "1e999999999", "0.000000001", "12345678901234567890", "\"\\uD800\"", "\"\\u0000\"", "\"£1,2,3\"",
            "\"child\"", "\"birthMonth\"", "\"2027-13\"", "\"type\"", "\"IFA\"", "\"needs\"", "\"SEVERE\"",
            "\"stability\"", "\"seriousIncidents\"", "\"none\"", "\"=cmd|' /C calc'!A0\"", "\"", "\\", " ", "\n");

    private static Path dir;
    private static CaseFileReader reader;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("fuzz");
        reader = new CaseFileReader(Map.of());
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 400)
    void aMutatedJsonFileIsReadOrRefusedCleanly(@ForAll("jsonMutations") byte[] content) {
        readsOrRefuses("case.json", content);
    }

    @Property(tries = 400)
    void aMutatedCsvFileIsReadOrRefusedCleanly(@ForAll("csvMutations") byte[] content) {
        readsOrRefuses("case.csv", content);
    }

    @Property(tries = 400)
    void aRandomStreamOfJsonFragmentsIsReadOrRefusedCleanly(@ForAll("fragments") String content) {
        readsOrRefuses("case.json", content.getBytes(StandardCharsets.UTF_8));
    }

    private static void readsOrRefuses(String name, byte[] content) {
        Path file = dir.resolve(name);
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var caseFile = reader.read(file, null);
            Assertions.assertThat(caseFile.placements()).allSatisfy(p -> Assertions.assertThat(p.id()).isNotBlank());
        } catch (InputException expected) {
            Assertions.assertThat(expected.getMessage()).startsWith(file.toString()).doesNotContain("\tat ");
        }
    }

    @Provide
    Arbitrary<byte[]> jsonMutations() {
        return mutationsOf(JSON.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> csvMutations() {
        return mutationsOf(CSV.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** One to four edits of the valid file: cut it, overwrite a byte, insert bytes, or delete a range. */
    private static Arbitrary<byte[]> mutationsOf(byte[] valid) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, valid.length), Arbitraries.bytes().array(byte[].class).ofMaxSize(8))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            byte[] out = valid;
            for (Edit e : edits) {
                out = e.apply(out);
            }
            return out;
        });
    }

    private record Edit(int kind, int position, byte[] bytes) {
        byte[] apply(byte[] in) {
            int at = Math.min(position, in.length);
            return switch (kind) {
                case 0 -> java.util.Arrays.copyOf(in, at);
                case 1 -> {
                    byte[] out = in.clone();
                    if (at < out.length && bytes.length > 0) {
                        out[at] = bytes[0];
                    }
                    yield out;
                }
                case 2 -> concat(java.util.Arrays.copyOf(in, at), bytes,
                        java.util.Arrays.copyOfRange(in, at, in.length));
                default -> concat(java.util.Arrays.copyOf(in, at),
                        java.util.Arrays.copyOfRange(in, Math.min(in.length, at + 1 + bytes.length), in.length));
            };
        }

        private static byte[] concat(byte[]... parts) {
            int length = 0;
            for (byte[] p : parts) {
                length += p.length;
            }
            byte[] out = new byte[length];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        }
    }
}
