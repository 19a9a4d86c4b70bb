package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import placementreview.cli.CliTest.Run;
import placementreview.report.ReviewJson;

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

    /** Nothing lost: every record in the file is either reviewed or named (once) among the rejected. */
    private static void everyRecordIsReviewedOrRejected(Run r, int records) {
        try {
            JsonNode review = ReviewJson.MAPPER.readTree(r.out());
            Set<String> rejected = new TreeSet<>();
            review.path("rejected").forEach(x -> rejected.add(x.path("id").asText()));
            assertThat(review.path("reviewed").asInt() + rejected.size()).as("reviewed %s + rejected %s",
                    review.path("reviewed"), rejected).isEqualTo(records);
        } catch (IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }

    private static String good(String id) {
        return GOOD.replace("P-GOOD", id);
    }

    @Test
    void aTruncatedFileReviewsTheCompleteRecordsBeforeTheBreakAndReportsIt() throws IOException {
        String full = caseFile(GOOD, GOOD.replace("P-GOOD", "P-2"));
        Run r = review(file("cut.json", full.substring(0, full.indexOf("P-2") + 10)), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"record #2 onwards\"", "\"field\" : \"(file)\"",
                "the file ends early", "this record and any after it were not reviewed");
        everyRecordIsReviewedOrRejected(r, 2);
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
        everyRecordIsReviewedOrRejected(r, 2);
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
        everyRecordIsReviewedOrRejected(r, 3);
    }

    @Test
    void aTenMegabyteStringStopsReadingThereWithAClearMessage() throws IOException {
        String huge = "x".repeat(10_000_000);
        Run r = review(file("huge.json", caseFile(GOOD, GOOD.replace("P-GOOD", "P-2").replace("C-1", huge))), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("longer than 100000 characters");
        everyRecordIsReviewedOrRejected(r, 2);
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
        everyRecordIsReviewedOrRejected(r, 2);
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
        everyRecordIsReviewedOrRejected(r, 2);
    }

    @Test
    void aKeyGivenTwiceRejectsTheRecordNamingTheField() throws IOException {
        String twice = GOOD.replace("P-GOOD", "P-2").replace("{\"core\": 900.00}",
                "{\"core\": 900.00, \"core\": 9.00}");
        Run r = review(file("dup.json", caseFile(GOOD, twice)), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"P-2\"", "\"field\" : \"weekly.core\"", "is given more than once");
        everyRecordIsReviewedOrRejected(r, 2);
    }

    @Test
    void bytesThatAreNotUtf8StopReadingThereOrMakeTheFileUnusable() throws IOException {
        byte[] good = caseFile(GOOD, GOOD.replace("P-GOOD", "P-2")).getBytes(StandardCharsets.UTF_8);
        int at = new String(good, StandardCharsets.UTF_8).indexOf("C-1", new String(good, StandardCharsets.UTF_8)
                .indexOf("P-2"));
        good[at] = (byte) 0xFF;
        Run r = review(file("bytes.json", good), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"record #2 onwards\"", "not UTF-8 text");
        everyRecordIsReviewedOrRejected(r, 2);
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
        everyRecordIsReviewedOrRejected(r, 4);
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

    @Test
    void nanAndInfinityRejectTheirRecordOnlyNamingTheField() throws IOException {
        Run r = review(file("nan.json", caseFile(GOOD,
                good("P-NAN").replace("900.00", "NaN"),
                good("P-INF").replace("\"weeksPerYear\": 52", "\"weeksPerYear\": Infinity"),
                good("P-NEG").replace("\"type\"", "\"distanceMiles\": -Infinity, \"type\""),
                good("P-ODD").replace("\"type\"", "\"notes\": [NaN], \"type\""),
                good("P-AFTER"))), 1);
        assertThat(r.out()).contains("\"reviewed\" : 2", "\"placementId\" : \"P-AFTER\"",
                "\"id\" : \"P-NAN\"", "\"field\" : \"weekly.core\"", "is NaN, which is not a number",
                "\"id\" : \"P-INF\"", "\"field\" : \"weeksPerYear\"", "is Infinity",
                "\"id\" : \"P-NEG\"", "is -Infinity", "\"id\" : \"P-ODD\"", "\"field\" : \"notes\"");
        assertThat(r.out()).doesNotContain("is required");
        everyRecordIsReviewedOrRejected(r, 6);
        Run header = review(file("nan-header.json", "{\"asOf\": \"2026-11-23\", \"financialYear\": {\"start\": "
                + "\"2026-04-01\", \"end\": \"2027-03-31\", \"placementBudget\": NaN}, \"placements\": [" + GOOD
                + "]}"), 2);
        assertThat(header.err()).contains("nan-header.json: financialYear.placementBudget is NaN");
        Run csv = review(file("nan.csv", CSV_HEADER + "\n" + CSV_GOOD + "\n" + CSV_GOOD.replace("P-GOOD", "P-2")
                .replace("900.00", "NaN") + "\n"), 1);
        reviewedOnlyTheGoodRecord(csv);
        everyRecordIsReviewedOrRejected(csv, 2);
    }

    @Test
    void datesOutsideTheRangeRejectTheirRecordAndAnAsOfOutsideItIsRefused() throws IOException {
        Run r = review(file("dates.json", caseFile(GOOD,
                good("P-OLD").replace("2025-01-01", "1899-12-31"),
                good("P-FAR").replace("\"type\"", "\"plannedEnd\": \"+999999999-12-31\", \"type\""),
                good("P-BORN").replace("2012-05", "0001-01"),
                good("P-INC").replace("\"type\"", "\"stability\": {\"seriousIncidents\": [\"2026-01-01\", "
                        + "\"2101-01-01\"]}, \"type\""))), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"field\" : \"start\"", "is 1899-12-31, outside the dates a case file may hold "
                + "(1900-01-01 to 2100-12-31)", "\"field\" : \"plannedEnd\"", "\"field\" : \"child.birthMonth\"",
                "\"field\" : \"stability.seriousIncidents[1]\"");
        everyRecordIsReviewedOrRejected(r, 5);
        Run asOf = review(file("asof.json", caseFile(GOOD).replace("2026-11-23", "1066-10-14")), 2);
        assertThat(asOf.err()).contains("asof.json: asOf is 1066-10-14, outside the dates");
        Run override = CliTest.run("review", file("ok.json", caseFile(GOOD)).toString(), "--as-of", "2200-01-01");
        assertThat(override.code()).isEqualTo(2);
        assertThat(override.err()).contains("the review date given, 2200-01-01, is outside");
    }

    @Test
    void aSecondJsonDocumentAfterTheCaseFileIsListedRecordByRecordNotIgnored() throws IOException {
        Run r = review(file("joined.json", caseFile(GOOD) + "\n" + caseFile(good("P-2"), good("P-GOOD"),
                "{\"no\": \"id\"}")), 1);
        reviewedOnlyTheGoodRecord(r);
        assertThat(r.out()).contains("\"id\" : \"P-2 in JSON document 2 (from line 3)\"",
                "\"id\" : \"P-GOOD in JSON document 2 (from line 3)\"",
                "\"id\" : \"record #3 in JSON document 2 (from line 3)\"", "only the first document is read");
        everyRecordIsReviewedOrRejected(r, 4);
        Run garbage = review(file("tail.json", caseFile(GOOD) + " trailing words"), 1);
        reviewedOnlyTheGoodRecord(garbage);
        assertThat(garbage.out()).contains("\"id\" : \"(end of file)\"", "after the case file ended");
    }

    @Test
    void aHeaderFieldGivenTwiceRefusesTheFileLikeAFieldGivenTwiceInARecord() throws IOException {
        Run asOf = review(file("asof2.json", caseFile(GOOD).replace("\"asOf\": \"2026-11-23\"",
                "\"asOf\": \"2026-11-23\", \"asOf\": \"2027-01-05\"")), 2);
        assertThat(asOf.err().strip().lines()).singleElement().asString()
                .contains("asof2.json: \"asOf\" is given more than once in the file");
        Run nested = review(file("fy2.json", caseFile(GOOD).replace("\"asOf\": \"2026-11-23\"", "\"asOf\": "
                + "\"2026-11-23\", \"financialYear\": {\"start\": \"2026-04-01\", \"start\": \"2025-04-01\", "
                + "\"end\": \"2027-03-31\"}")), 2);
        assertThat(nested.err()).contains("financialYear.start is given more than once");
        Run lists = review(file("lists.json", caseFile(GOOD).replace("]}", "], \"placements\": [" + good("P-2") + "]}")),
                2);
        assertThat(lists.err()).contains("\"placements\" is given more than once");
    }

    @Test
    void aFifoAndStandardInputAreReadNotCalledEmpty() throws Exception {
        Path fifo = dir.resolve("cases.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        byte[] content = caseFile(GOOD).getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Run fromFifo = review(fifo, 0);
        writer.join(10_000);
        reviewedOnlyTheGoodRecord(fromFifo);
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(content));
            reviewedOnlyTheGoodRecord(CliTest.run("review", "-", "--format", "json"));
            System.setIn(new ByteArrayInputStream((CSV_HEADER + "\n" + CSV_GOOD + "\n").getBytes(StandardCharsets.UTF_8)));
            reviewedOnlyTheGoodRecord(CliTest.run("review", "-", "--format", "json"));
            System.setIn(new ByteArrayInputStream(new byte[0]));
            Run empty = CliTest.run("review", "-");
            assertThat(empty.code()).isEqualTo(2);
            assertThat(empty.err()).contains("stdin: the input is empty");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void threadsMustBeAtLeastOne() throws IOException {
        Path ok = file("ok.json", caseFile(GOOD));
        for (String threads : new String[] {"0", "-2", "100000"}) {
            Run r = CliTest.run("review", ok.toString(), "--threads", threads);
            assertThat(r.code()).as(threads).isEqualTo(2);
            assertThat(r.err()).as(threads).contains("--threads must be from 1 to 1024, not " + threads);
        }
        assertThat(CliTest.run("review", ok.toString(), "--threads", "1").code()).isZero();
    }

    @Test
    void jsonErrorPositionsCountCharactersAsAnEditorDoes() throws IOException {
        String text = "{\"asOf\": \"2026-11-23\",\n \"authority\": \"££ Borough\", \"placements\": [\n  " + GOOD
                + ",\n  {\"id\": \"P-£\", @}]}";
        Run r = review(file("where.json", text), 1);
        String lastLine = text.lines().reduce((a, b) -> b).orElseThrow();
        assertThat(r.out()).contains("not valid JSON at line 5, column " + (lastLine.indexOf('@') + 1) + ":");
    }

    @Test
    void controlCharactersFromCaseFieldsAreEscapedInTerminalOutput() throws IOException {
        String screen = "P-\\u001b[2J\\r\\u202eX";
        Path json = file("ctl.json", caseFile(good(screen), good("P-BAD").replace("\"IFA\"",
                "\"I\\u001b]0;pwned\\u0007FA\"")).replace("\"A\"", "\"Borough\\u001b[31m\""));
        for (String command : new String[] {"review", "validate"}) {
            Run r = CliTest.run(command, json.toString());
            assertThat(r.code()).as(command).isEqualTo(1);
            assertThat((r.out() + r.err()).chars().filter(c -> (c < 0x20 && c != '\n') || c == 0x202E || (c >= 0x7F
                    && c <= 0x9F))).as(command + " writes no control character").isEmpty();
            assertThat(r.out()).as(command).contains("\\u001B");
        }
        assertThat(CliTest.run("review", json.toString()).out()).contains("P-\\u001B[2J\\u000D\\u202EX", "Borough\\u001B[31m");
        assertThat(CliTest.run("validate", json.toString()).out()).contains("I\\u001B]0;pwned\\u0007FA");
        assertThat(CliTest.run("explain", json.toString(), "--placement", "P-\u001b[2J\r\u202eX").out())
                .contains("P-\\u001B[2J").doesNotContain("\u001b");
        Run refused = CliTest.run("review", file("ctl-date.json", caseFile(GOOD).replace("2026-11-23", "\\u001b[2J"))
                .toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("asOf must be a date as YYYY-MM-DD or DD/MM/YYYY", "not \"\\u001B[2J\"").doesNotContain("\u001b");
    }
}
