package placementreview.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.model.CaseFile;
import placementreview.model.Placement;
import placementreview.model.Rejection;
import placementreview.report.ReviewJson;
import placementreview.tools.CaseFileCsv;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/** CSV case files: the same records, checks and messages as JSON, one placement per row. */
class CsvCaseFileTest {
    private static final String HEADER = "asOf,id,child.ref,child.birthMonth,type,start,weeksPerYear,weekly.core";

    @TempDir
    Path dir;

    private final CaseFileReader reader = new CaseFileReader(TestRules.rulebase().reference().dstCeilings());

    private CaseFile read(String csv) throws IOException {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private CaseFile read(byte[] csv) throws IOException {
        Path file = dir.resolve("case.csv");
        Files.write(file, csv);
        return reader.read(file, null);
    }

    private String json(String placements) {
        return "{\"asOf\": \"2026-11-23\", \"placements\": [" + placements + "]}";
    }

    private CaseFile readJson(String json) throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, json);
        return reader.read(file, null);
    }

    @Test
    void theDemoCsvTwinGivesByteIdenticalReviewJson() throws IOException {
        ReviewService service = TestRules.service();
        Path csv = Path.of("cases/demo/demo-authority.csv");
        Path json = Path.of("cases/demo/demo-authority.json");
        // identical but for the input's hash (different bytes, the same caseload)
        assertThat(reviewJson(service, csv).replace(Sha256.of(Files.readAllBytes(csv)), "<input>"))
                .isEqualTo(reviewJson(service, json).replace(Sha256.of(Files.readAllBytes(json)), "<input>"));
    }

    @Test
    void theDemoCsvTwinIsWhatTheGeneratorWrites() throws IOException {
        StringWriter csv = new StringWriter();
        CaseFileCsv.convert(Path.of("cases/demo/demo-authority.json"), csv);
        assertThat(csv.toString()).isEqualTo(Files.readString(Path.of("cases/demo/demo-authority.csv")));
    }

    private static String reviewJson(ReviewService service, Path file) throws IOException {
        StringWriter out = new StringWriter();
        ReviewJson.write(service.review(service.read(List.of(file), null), ReviewOptions.defaults()), out);
        return out.toString();
    }

    @Test
    void aRowReadsAsTheSameRecordAsItsJson() throws IOException {
        CaseFile csv = read(HEADER + ",weekly.therapy,child.ehcp,stability.seriousIncidents,stability.missingEpisodes,"
                + "carePlan.riskFlags,needs.breathing,provider.ref\r\n"
                + "2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,\"£1,234.50\",£80,TRUE,2026-03-01;2026-01-05,none,"
                + "CSE_ACTIVE; SELF_HARM,LOW,\"PRV, \"\"North\"\"\"\r\n");
        CaseFile json = readJson(json("""
                {"id": "P-1", "child": {"ref": "C-1", "birthMonth": "2012-05", "ehcp": true}, "type": "IFA",
                 "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": 1234.50, "therapy": 80},
                 "stability": {"seriousIncidents": ["2026-01-05", "2026-03-01"], "missingEpisodes": []},
                 "carePlan": {"riskFlags": ["CSE_ACTIVE", "SELF_HARM"]}, "needs": {"breathing": "LOW"},
                 "provider": {"ref": "PRV, \\"North\\""}}"""));
        assertThat(csv.rejected()).isEmpty();
        Placement p = csv.placements().get(0);
        assertThat(p).isEqualTo(json.placements().get(0));
        assertThat(p.weekly().core()).isEqualByComparingTo("1234.50");
        assertThat(p.stability().missingEpisodes()).isEmpty();
        assertThat(p.stability().schoolAttendancePct()).isNull();
        assertThat(p.carePlan().riskFlags()).containsExactly("CSE_ACTIVE", "SELF_HARM");
        assertThat(p.provider().ref()).isEqualTo("PRV, \"North\"");
    }

    @Test
    void anEmptyCellIsUnknownAndNoneIsNoneRecorded() throws IOException {
        CaseFile c = read(HEADER + ",stability.seriousIncidents,stability.missingEpisodes\n"
                + "2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,900,,NONE\n");
        assertThat(c.placements().get(0).stability().seriousIncidents()).isNull();
        assertThat(c.placements().get(0).stability().missingEpisodes()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\n\n2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,900\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        CaseFile c = read(file);
        assertThat(c.rejected()).isEmpty();
        assertThat(c.placements()).extracting(Placement::id).containsExactly("P-1");
    }

    @Test
    void rejectionsNameTheRowWithTheSameMessagesAsJson() throws IOException {
        CaseFile c = read(HEADER + "\n"
                + "2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,900\n"
                + "2026-11-23,P-2,C-2,2012-05,CASTLE,2025-01-01,52,-5\n"
                + "2026-11-23,,C-3,2012-05,IFA,2025-01-01,52,900\n");
        assertThat(c.placements()).extracting(Placement::id).containsExactly("P-1");
        assertThat(c.rejected()).extracting(Rejection::id, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P-2 (row 3)", "type"),
                org.assertj.core.groups.Tuple.tuple("P-2 (row 3)", "weekly.core"),
                org.assertj.core.groups.Tuple.tuple("row 4 (no id)", "id"));
        CaseFile json = readJson(json("""
                {"id": "P-2", "child": {"ref": "C-2", "birthMonth": "2012-05"}, "type": "CASTLE",
                 "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": -5}}"""));
        assertThat(c.rejected().subList(0, 2)).extracting(Rejection::message)
                .isEqualTo(json.rejected().stream().map(Rejection::message).toList());
    }

    @Test
    void aRowWithMissingOrExtraCellsIsRejectedAndTheOthersKept() throws IOException {
        CaseFile c = read(HEADER + "\n"
                + "2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,900\n"
                + "2026-11-23,P-2,C-2,2012-05,IFA,2025-01-01,52,1,200.00\n"
                + "2026-11-23,P-3,C-3,2012-05,IFA,2025-01-01\n");
        assertThat(c.placements()).extracting(Placement::id).containsExactly("P-1");
        assertThat(c.rejected()).extracting(Rejection::id).containsExactly("P-2 (row 3)", "P-3 (row 4)");
        assertThat(c.rejected().get(0).message()).contains("has 9 cells but the header has 8 columns");
        assertThat(c.rejected().get(1).message()).contains("has 6 cells but the header has 8 columns");
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithADuplicateFailsTheFile() {
        assertThatThrownBy(() -> read("asOf,id,child.ref,type\n2026-11-23,P-1,C-1,IFA\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no column for child.birthMonth, start, weeksPerYear, weekly.core (required)");
        assertThatThrownBy(() -> read(HEADER + ",id\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("names the column id twice");
        assertThatThrownBy(() -> read(HEADER + ",weekly\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("both weekly and weekly.core");
    }

    @Test
    void headerColumnsMustAgreeOnEveryRowAndAsOfMayComeFromTheCommandLine() throws IOException {
        assertThatThrownBy(() -> read(HEADER + "\n2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,900\n"
                + "2026-11-30,P-2,C-2,2012-05,IFA,2025-01-01,52,900\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("row 3: asOf is \"2026-11-30\" but an earlier row has \"2026-11-23\"");
        String noAsOf = HEADER.substring("asOf,".length()) + "\nP-1,C-1,2012-05,IFA,2025-01-01,52,900\n";
        assertThatThrownBy(() -> read(noAsOf)).isInstanceOf(InputException.class)
                .hasMessageContaining("asOf is missing; give the review date in an asOf column or with --as-of");
        Path file = dir.resolve("no-as-of.csv");
        Files.writeString(file, noAsOf);
        assertThat(reader.read(file, LocalDate.of(2026, 11, 23)).placements()).hasSize(1);
    }

    @Test
    void moneyWithPoundSignsAndThousandsSeparatorsIsNormalisedAndBadSeparatorsRejected() throws IOException {
        CaseFile c = read(HEADER + "\n"
                + "2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,\"£12,500.00\"\n"
                + "2026-11-23,P-2,C-2,2012-05,IFA,2025-01-01,52,£ 900\n"
                + "2026-11-23,P-3,C-3,2012-05,IFA,2025-01-01,52,\"12,50\"\n"
                + "2026-11-23,P-4,C-4,2012-05,IFA,2025-01-01,52,-£5\n");
        assertThat(c.placements()).extracting(p -> p.weekly().core().toPlainString()).containsExactly("12500.00", "900");
        assertThat(c.rejected()).extracting(Rejection::id, Rejection::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P-3 (row 4)",
                        "must be an amount in pounds, 0 or more (e.g. 6500.00 or £6,500.00), not \"12,50\""),
                org.assertj.core.groups.Tuple.tuple("P-4 (row 5)", "must not be negative (was -5)"));
    }

    @Test
    void anUnclosedQuoteStopsReadingAndKeepsTheRowsBefore() throws IOException {
        CaseFile c = read(HEADER + "\n2026-11-23,P-1,C-1,2012-05,IFA,2025-01-01,52,900\n"
                + "2026-11-23,\"P-2,C-2,2012-05,IFA,2025-01-01,52,900\n");
        assertThat(c.placements()).extracting(Placement::id).containsExactly("P-1");
        assertThat(c.rejected()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("row 3 onwards");
            assertThat(r.field()).isEqualTo("(file)");
            assertThat(r.message()).contains("not valid CSV", "reading stopped here");
        });
    }
}
