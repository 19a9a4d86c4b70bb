package placementreview.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.model.CaseFile;
import placementreview.model.PlacementType;
import placementreview.model.Rejection;
import placementreview.report.ReviewJson;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/**
 * A CSV as a council's spreadsheet exports it (day-first dates, Yes/No, type labels, £ with thousands separators,
 * a BOM, semicolons) reviews exactly as its JSON twin.
 */
class CouncilExportTest {
    private static final Set<String> DATES = Set.of("asOf", "financialYear.start", "financialYear.end", "start",
            "plannedEnd", "reviewedOn", "stability.seriousIncidents", "stability.missingEpisodes");
    private static final Set<String> BOOLEANS = Set.of("child.ehcp", "child.uasc", "outOfArea",
            "carePlan.familyTimeSupportsMove", "provider.onFramework", "provider.ofstedRegistered");
    private static final Set<String> MONEY = Set.of("financialYear.placementBudget", "weekly.core",
            "weekly.additionalStaffing", "weekly.education", "weekly.therapy", "weekly.transport",
            "previousWeeklyCore", "contributions.healthWeekly", "contributions.educationWeekly",
            "continuingCare.agreedHealthWeekly");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final CaseFileReader reader = new CaseFileReader(TestRules.rulebase().reference().dstCeilings());

    @Test
    void aCouncilExportOfTheDemoReviewsIdenticallyToItsJsonTwin() throws IOException {
        Path export = dir.resolve("demo-authority.csv");
        Files.write(export, councilExport(Path.of("cases/demo/demo-authority.csv"), ';'));
        assertThat(Files.readString(export)).contains("Independent fostering agency").contains("/2026;")
                .contains(";Yes;").contains("£");
        ReviewService service = TestRules.service();
        assertThat(reviewJson(service, export)).isEqualTo(reviewJson(service,
                Path.of("cases/demo/demo-authority.json")));
    }

    @Test
    void ukHabitsReadAsTheirIsoValues() throws IOException {
        CaseFile c = read("\uFEFFasOf;id;child.ref;child.birthMonth;type;start;weeksPerYear;weekly.core;"
                + "child.ehcp;child.uasc;outOfArea;stability.seriousIncidents\n"
                + "23/11/2026;P-1;C-1;05/2010;Independent fostering agency;01/07/2026;52; £12,500.50 ;yes;N;TRUE;"
                + "\"1/2/2026;15/03/2026\"\n"
                + "23/11/2026;P-2;C-2;2010-05;external children's home;2026-07-01;52;£12 500.50;No;y;false;none\n");
        assertThat(c.rejected()).isEmpty();
        assertThat(c.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        var p1 = c.placements().get(0);
        assertThat(p1.type()).isEqualTo(PlacementType.IFA);
        assertThat(p1.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(p1.child().birthMonth()).isEqualTo(YearMonth.of(2010, 5));
        assertThat(p1.weekly().core()).isEqualByComparingTo("12500.50");
        assertThat(List.of(p1.child().ehcp(), p1.child().uasc(), p1.outOfArea())).containsExactly(true, false, true);
        assertThat(p1.stability().seriousIncidents())
                .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 15));
        var p2 = c.placements().get(1);
        assertThat(p2.type()).isEqualTo(PlacementType.EXTERNAL_CHILDRENS_HOME);
        assertThat(p2.weekly().core()).isEqualByComparingTo("12500.50");
        assertThat(List.of(p2.child().ehcp(), p2.child().uasc(), p2.outOfArea())).containsExactly(false, true, false);
    }

    @Test
    void anExcelSepLineChoosesTheSeparator() throws IOException {
        CaseFile c = read("sep=;\nasOf;id;child.ref;child.birthMonth;type;start;weeksPerYear;weekly.core\n"
                + "23/11/2026;P-1;C-1;05/2010;IFA;01/07/2026;52;\"£1,000.00\"\n");
        assertThat(c.rejected()).isEmpty();
        assertThat(c.placements()).singleElement().satisfies(p ->
                assertThat(p.weekly().core()).isEqualByComparingTo("1000.00"));
    }

    @Test
    void whatIsStillNotUnderstoodIsNamedWithAnAcceptedExample() throws IOException {
        CaseFile c = read("asOf,id,child.ref,child.birthMonth,type,start,weeksPerYear,weekly.core,child.ehcp\n"
                + "2026-11-23,P-1,C-1,13/2010,Fostering,31/02/2026,52,12.500,maybe\n");
        assertThat(c.placements()).isEmpty();
        assertThat(c.rejected()).extracting(Rejection::field, Rejection::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("child.birthMonth",
                        "must be a month as YYYY-MM or MM/YYYY, e.g. 2010-05 or 05/2010, not \"13/2010\""),
                org.assertj.core.groups.Tuple.tuple("type", "\"Fostering\" is not allowed; allowed values: "
                        + "IN_HOUSE_FOSTER or In-house foster care, KINSHIP_FOSTER or Kinship foster care, IFA or "
                        + "Independent fostering agency, IN_HOUSE_CHILDRENS_HOME or In-house children's home, "
                        + "EXTERNAL_CHILDRENS_HOME or External children's home, SOLO_SPECIALIST_RESIDENTIAL or "
                        + "Solo / specialist residential, RESIDENTIAL_SPECIAL_SCHOOL or Residential special school, "
                        + "SECURE_CHILDRENS_HOME or Secure children's home, SUPPORTED_ACCOMMODATION or Supported "
                        + "accommodation, PARENT_AND_CHILD or Parent and child, PLACED_WITH_PARENTS or Placed with "
                        + "parents, UNREGISTERED or Unregistered"),
                org.assertj.core.groups.Tuple.tuple("start", "must be a date as YYYY-MM-DD or DD/MM/YYYY (a slash "
                        + "date is always day first), e.g. 2026-07-01 or 01/07/2026 for 1 July 2026, not "
                        + "\"31/02/2026\""),
                org.assertj.core.groups.Tuple.tuple("child.ehcp",
                        "must be Yes or No (also Y/N or TRUE/FALSE, any case), not \"maybe\""));
    }

    @Test
    void jsonTakesLabelsAndBooleansAsText() throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, "{\"asOf\": \"23/11/2026\", \"placements\": [{\"id\": \"P-1\", \"child\": {\"ref\": "
                + "\"C-1\", \"birthMonth\": \"05/2010\", \"ehcp\": \"Yes\"}, \"type\": \"Independent fostering agency\","
                + " \"start\": \"01/07/2026\", \"weeksPerYear\": 52, \"weekly\": {\"core\": \"£1,250.00\"}}]}");
        CaseFile c = reader.read(file, null);
        assertThat(c.rejected()).isEmpty();
        assertThat(c.placements()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(PlacementType.IFA);
            assertThat(p.child().ehcp()).isTrue();
            assertThat(p.weekly().core()).isEqualByComparingTo("1250.00");
        });
    }

    private CaseFile read(String csv) throws IOException {
        Path file = dir.resolve("case.csv");
        Files.writeString(file, csv);
        return reader.read(file, null);
    }

    private static String reviewJson(ReviewService service, Path file) throws IOException {
        StringWriter out = new StringWriter();
        ReviewJson.write(service.review(service.read(List.of(file), null), ReviewOptions.defaults()), out);
        // the two files' bytes differ, so their input hashes do; everything the review says must not
        return out.toString().replaceFirst("\"inputSha256\" : \"[0-9a-f]{64}\"", "\"inputSha256\" : \"<sha256>\"");
    }

    /** The demo CSV rewritten as a UK council's spreadsheet saves it. */
    static byte[] councilExport(Path isoCsv, char separator) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(isoCsv.toFile())) {
            it.forEachRemaining(rows::add);
        }
        List<String> header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                row.set(i, uk(header.get(i), row.get(i), r));
            }
        }
        StringWriter out = new StringWriter();
        mapper.writer(CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n"))
                .writeValues(out).writeAll(rows);
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static String uk(String column, String cell, int row) {
        if (cell.isEmpty() || cell.equals("none")) {
            return cell;
        }
        if (DATES.contains(column)) {
            List<String> dates = new ArrayList<>();
            for (String d : cell.split(";")) {
                dates.add(LocalDate.parse(d).format(DAY_FIRST));
            }
            return String.join(";", dates);
        }
        if (column.equals("child.birthMonth")) {
            YearMonth month = YearMonth.parse(cell);
            return String.format("%02d/%d", month.getMonthValue(), month.getYear());
        }
        if (BOOLEANS.contains(column)) {
            boolean value = Boolean.parseBoolean(cell);
            return switch (row % 3) {
                case 0 -> value ? "Yes" : "No";
                case 1 -> value ? "Y" : "n";
                default -> value ? "TRUE" : "FALSE";
            };
        }
        if (column.equals("type")) {
            return PlacementType.valueOf(cell).label();
        }
        if (MONEY.contains(column)) {
            // the pence are kept as written: the review traces amounts as read
            int point = cell.indexOf('.');
            String pounds = new DecimalFormat("#,##0").format(new BigDecimal(point < 0 ? cell : cell.substring(0, point)));
            return " £" + pounds + (point < 0 ? "" : cell.substring(point)) + " ";
        }
        return cell;
    }
}
