package placementreview.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the reader: whatever bytes a case file holds, reading it either gives a case file (with rejections) or
 * fails with one {@link InputException}, never any other exception. Mutations of a valid JSON and CSV file (cut,
 * overwritten, inserted, deleted bytes) and random streams of JSON fragments. Small files: well under a minute.
 * Each repetition has its own fixed seed (reported in the test name), so a failure is reproduced by its number.
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

    private static final int TRIES_PER_REPETITION = 40;

    @TempDir
    Path dir;

    private final CaseFileReader reader = new CaseFileReader(Map.of());

    @RepeatedTest(10)
    void aMutatedJsonFileIsReadOrRefusedCleanly(RepetitionInfo repetition) {
        Random random = new Random(1_000L + repetition.getCurrentRepetition());
        for (int i = 0; i < TRIES_PER_REPETITION; i++) {
            readsOrRefuses("case.json", mutate(JSON.getBytes(StandardCharsets.UTF_8), random));
        }
    }

    @RepeatedTest(10)
    void aMutatedCsvFileIsReadOrRefusedCleanly(RepetitionInfo repetition) {
        Random random = new Random(2_000L + repetition.getCurrentRepetition());
        for (int i = 0; i < TRIES_PER_REPETITION; i++) {
            readsOrRefuses("case.csv", mutate(CSV.getBytes(StandardCharsets.UTF_8), random));
        }
    }

    @RepeatedTest(10)
    void aRandomStreamOfJsonFragmentsIsReadOrRefusedCleanly(RepetitionInfo repetition) {
        Random random = new Random(3_000L + repetition.getCurrentRepetition());
        for (int i = 0; i < TRIES_PER_REPETITION; i++) {
            StringBuilder content = new StringBuilder();
            int parts = random.nextInt(61);
            for (int p = 0; p < parts; p++) {
                content.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            readsOrRefuses("case.json", content.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void readsOrRefuses(String name, byte[] content) {
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

    /** One to four edits of the valid file: cut it, overwrite a byte, insert bytes, or delete a range. */
    private static byte[] mutate(byte[] valid, Random random) {
        byte[] out = valid;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            byte[] bytes = new byte[random.nextInt(9)];
            random.nextBytes(bytes);
            out = new Edit(random.nextInt(4), random.nextInt(valid.length + 1), bytes).apply(out);
        }
        return out;
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
