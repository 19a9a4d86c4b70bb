package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import placementreview.cli.CliTest.Run;

/**
 * Broken and hostile case files through the command line: each gives a clear message and the documented exit code
 * (1: some records rejected, the rest reviewed; 2: nothing usable), never a stack trace or an OutOfMemoryError, and
 * the good records in the same file are still reviewed.
 */
@Timeout(120)
class HostileInputTest {
    private static final String GOOD = """
            {"id": "P-GOOD", "child": {"ref": "C-1", "birthMonth": "2012-05"}, "type": "IFA",
             "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": 900.00}}""";
    private static final String CSV_HEADER = "asOf,id,child.ref,child.birthMonth,type,start,weeksPerYear,weekly.core,"
            + "provider.ref";
    private static final String CSV_GOOD = "2026-11-23,P-GOOD,C-1,2012-05,IFA,2025-01-01,52,900.00,PRV-1";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static String caseFile(String... records) {
        return "{\"authority\": \"A\", \"asOf\": \"2026-11-23\", \"placements\": [" + String.join(", ", records) + "]}";
    }

    /** Reviews the file as JSON; checks no stack trace leaked; returns the run. */
    private static Run review(Path file, int expectedCode) {
        Run r = CliTest.run("review", file.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(expectedCode);
        assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ", "at placementreview.", "OutOfMemory");
        return r;
    }

    private static void reviewedOnlyTheGoodRecord(Run r) {
        assertThat(r.out()).contains("\"reviewed\" : 1", "\"placementId\" : \"P-GOOD\"");
    }

    @Test
    void aTruncatedFileReviewsTheCompleteRecordsBeforeTheBreakAndReportsIt() throws IOException {
        String full = caseFile(GOOD, GOOD.replace("P-GOOD", "P-2"));
        Run r = review(file("cut.json", full.substring(0, full.indexOf("P-2") + 10)), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"record #2 onwards\"", "\"field\" : \"(file)\"",
                "the file ends early", "this record and any after it were not reviewed");
    }

    @Test
    void aFileCutBeforeAnyPlacementIsUnusable() throws IOException {
        Run r = review(file("cut.json", "{\"asOf\": \"2026-11"), 2);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("cut.json", "ends early");
    }

    @Test
    void wrongTypesRejectTheRecordNamingEachField() throws IOException {
        Run r = review(file("types.json", caseFile(GOOD, """
                {"id": ["P-X"], "child": "C-9", "type": 7, "start": true, "weeksPerYear": "fifty",
                 "weekly": {"core": {"amount": 5}}, "child.ehcp": 1, "stability": {"seriousIncidents": "often"},
                 "carePlan": {"riskFlags": [{"flag": "x"}]}, "outOfArea": "maybe"}""")), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"field\" : \"id\"", "must be text, not a list", "\"field\" : \"type\"",
                "\"field\" : \"weeksPerYear\"", "\"field\" : \"weekly.core\"", "\"field\" : \"outOfArea\"",
                "\"field\" : \"stability.seriousIncidents[0]\"", "\"field\" : \"carePlan.riskFlags[0]\"");
    }

    @Test
    void nullsEverywhereAreUnknownAndMissingRequiredFieldsAreNamed() throws IOException {
        String nulls = """
                {"id": null, "child": {"ref": null, "birthMonth": null, "ehcp": null}, "type": null, "start": null,
                 "weeksPerYear": null, "weekly": {"core": null, "therapy": null}, "needs": null, "stability": null,
                 "carePlan": {"riskFlags": null}}""";
        Path file = file("nulls.json", "{\"authority\": null, \"asOf\": \"2026-11-23\", \"financialYear\": null, "
                + "\"capacity\": null, \"placements\": [" + GOOD + ", " + nulls + ", null]}");
        Run r = review(file, 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"record #2 (no id)\"", "\"field\" : \"weekly.core\"",
                "is required", "\"id\" : \"record #3 (no id)\"", "must be an object with the placement's fields");
    }

    @Test
    void aTenMegabyteStringStopsReadingThereWithAClearMessage() throws IOException {
        String huge = "x".repeat(10_000_000);
        Run r = review(file("huge.json", caseFile(GOOD, GOOD.replace("P-GOOD", "P-2").replace("C-1", huge))), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("longer than 100000 characters");
        Run csv = review(file("huge.csv", CSV_HEADER + "\n" + CSV_GOOD + "\n" + CSV_GOOD.replace("PRV-1", huge)
                .replace("P-GOOD", "P-2") + "\n"), 1);
        reviewedOnlyTheGoodRecord(csv);
        assertThat(csv.out()).contains("longer than 100000 characters");
    }

    @Test
    void deepNestingStopsReadingThereWithAClearMessage() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Run r = review(file("deep.json", caseFile(GOOD, GOOD.replace("P-GOOD", "P-2").replace("\"IFA\"", deep))), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("nested more than 32 levels deep");
    }

    @Test
    void aRecordWithTooManyValuesIsRejectedAndTheNextOneStillRead() throws IOException {
        StringBuilder wide = new StringBuilder("{\"id\": \"P-WIDE\"");
        for (int i = 0; i < 20_000; i++) {
            wide.append(", \"f").append(i).append("\": [1, 2]");
        }
        wide.append("}");
        Run r = review(file("wide.json", caseFile(wide.toString(), GOOD)), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"record #1 (no id)\"", "far more than a placement record");
    }

    @Test
    void aKeyGivenTwiceRejectsTheRecordNamingTheField() throws IOException {
        String twice = GOOD.replace("P-GOOD", "P-2").replace("{\"core\": 900.00}",
                "{\"core\": 900.00, \"core\": 9.00}");
        Run r = review(file("dup.json", caseFile(GOOD, twice)), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"P-2\"", "\"field\" : \"weekly.core\"", "is given more than once");
    }

    @Test
    void bytesThatAreNotUtf8StopReadingThereOrMakeTheFileUnusable() throws IOException {
        byte[] good = caseFile(GOOD, GOOD.replace("P-GOOD", "P-2")).getBytes(StandardCharsets.UTF_8);
        int at = new String(good, StandardCharsets.UTF_8).indexOf("C-1", new String(good, StandardCharsets.UTF_8)
                .indexOf("P-2"));
        good[at] = (byte) 0xFF;
        Run r = review(file("bytes.json", good), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"record #2 onwards\"", "Invalid UTF-8");
        Run top = review(file("latin1.json", new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'}), 2);
        assertThat(top.err()).contains("latin1.json", "not valid JSON at line 1");
        byte[] csv = (CSV_HEADER + "\n" + CSV_GOOD + "\n" + CSV_GOOD.replace("P-GOOD", "P-2")).getBytes(
                StandardCharsets.UTF_8);
        csv[csv.length - 3] = (byte) 0xFF;
        Run csvRun = review(file("bytes.csv", csv), 1);
        reviewedOnlyTheGoodRecord(csvRun);
        assertThat(csvRun.out()).contains("\"id\" : \"row 3 onwards\"", "not UTF-8 text");
    }

    @Test
    void emptyFilesAreUnusable() throws IOException {
        for (String name : new String[] {"empty.json", "empty.csv"}) {
            Run r = review(file(name, ""), 2);
            assertThat(r.err()).contains(name + ": the file is empty");
        }
        assertThat(review(file("blank.json", " \n\t"), 2).err()).contains("is empty");
        assertThat(review(file("blank.csv", "\n\n"), 2).err()).contains("is empty");
    }

    @Test
    void csvWithMissingOrExtraColumnsRejectsThoseRowsOrFailsTheHeader() throws IOException {
        Run rows = review(file("cols.csv", CSV_HEADER + "\n" + CSV_GOOD + "\n" + CSV_GOOD.replace("P-GOOD", "P-2")
                + ",extra\n" + "2026-11-23,P-3,C-3\n"), 1);
        reviewedOnlyTheGoodRecord(rows);
        assertThat(rows.out()).contains("\"id\" : \"P-2 (row 3)\"", "has 10 cells but the header has 9 columns",
                "\"id\" : \"P-3 (row 4)\"", "has 3 cells");
        Run header = review(file("header.csv", "asOf,id,type\n2026-11-23,P-1,IFA\n"), 2);
        assertThat(header.err().strip().lines()).singleElement().asString()
                .contains("header.csv: the header row has no column for child.ref");
    }

    @Test
    void formulaInjectionTextIsReadAsTextAndNeutralisedInCsvOutput() throws IOException {
        String formula = "=cmd|' /C calc'!A0";
        Path json = file("formula.json", caseFile(GOOD.replace("P-GOOD", formula).replace("\"type\"",
                "\"provider\": {\"ref\": \"@SUM(A1:A9)\"}, \"type\"")));
        Run r = CliTest.run("review", json.toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("'=cmd|' /C calc'!A0", "'@SUM(A1:A9)").doesNotContain(",=cmd", ",@SUM");
        Path csv = file("formula.csv", CSV_HEADER + "\n" + CSV_GOOD.replace("P-GOOD", "\"" + formula + "\"")
                .replace("PRV-1", "+1+1") + "\n");
        Run fromCsv = CliTest.run("review", csv.toString(), "--format", "csv");
        assertThat(fromCsv.code()).isZero();
        assertThat(fromCsv.out()).contains("'=cmd|' /C calc'!A0", "'+1+1");
    }

    @Test
    @Timeout(20)
    void hugeExponentsAreRejectedQuicklyNotComputed() throws IOException {
        Run r = review(file("exp.json", caseFile(GOOD, GOOD.replace("P-GOOD", "P-2").replace("900.00", "1e999999999"),
                GOOD.replace("P-GOOD", "P-3").replace("52", "1e999999999"),
                GOOD.replace("P-GOOD", "P-4").replace("900.00", "1e-999999999"))), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"P-2\"", "\"id\" : \"P-3\"", "\"id\" : \"P-4\"",
                "must be an amount in pounds up to 1,000,000,000,000");
    }

    @Test
    void validateCheckAndExplainExitOneWhenRecordsWereRejectedAsReviewDoes() throws IOException {
        String full = caseFile(GOOD, GOOD.replace("P-GOOD", "P-2"));
        Path cut = file("cut.json", full.substring(0, full.length() - 30));
        Run validate = CliTest.run("validate", cut.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains("1 placement(s) accepted", "record #2 onwards");
        Run explain = CliTest.run("explain", cut.toString(), "--placement", "P-GOOD");
        assertThat(explain.code()).isEqualTo(1);
        assertThat(explain.out()).contains("Placement P-GOOD");
        assertThat(explain.err()).contains("1 record(s) rejected");
        Run check = CliTest.run("check", cut.toString(), "--placement", "P-GOOD");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("1 record(s) rejected");
        Run whole = CliTest.run("explain", file("whole.json", full).toString(), "--placement", "P-GOOD");
        assertThat(whole.code()).isZero();
        assertThat(review(file("empty.csv", ""), 2).err()).doesNotContain("Exception");
    }
}
