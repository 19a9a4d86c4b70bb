package placementreview.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.model.CaseFile;
import placementreview.model.Rejection;
import placementreview.testing.TestRules;

class CaseFileReaderTest {
    private static final String GOOD = """
            {"id": "P-GOOD", "child": {"ref": "C-1", "birthMonth": "2012-05"}, "type": "IFA",
             "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": 900.00}}""";

    @TempDir
    Path dir;

    private final CaseFileReader reader = new CaseFileReader(TestRules.rulebase().reference().dstCeilings());

    private CaseFile readWith(String badRecord) throws IOException {
        return read("{\"authority\": \"A\", \"asOf\": \"2026-11-23\", \"placements\": [" + GOOD + ", " + badRecord
                + "]}");
    }

    private CaseFile read(String json) throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return reader.read(file, null);
    }

    private static void assertRejectedOnly(CaseFile caseFile, String id, String field, String messagePart) {
        assertThat(caseFile.placements()).extracting(p -> p.id()).containsExactly("P-GOOD");
        assertThat(caseFile.rejected()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.message()).contains(messagePart);
            assertThat(r.file()).endsWith("case.json");
        });
    }

    @Test
    void aRecordMissingARequiredFieldIsRejectedAndTheOthersKept() throws IOException {
        CaseFile c = readWith("""
                {"id": "P-BAD", "child": {"ref": "C-2", "birthMonth": "2012-05"}, "type": "IFA",
                 "start": "2025-01-01", "weeksPerYear": 52, "weekly": {}}""");
        assertRejectedOnly(c, "P-BAD", "weekly.core", "is required");
    }

    @Test
    void anUnknownEnumValueIsRejectedListingTheAllowedValues() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-BAD").replace("\"IFA\"", "\"FOSTERISH\""));
        assertRejectedOnly(c, "P-BAD", "type", "allowed values: IN_HOUSE_FOSTER or In-house foster care, KINSHIP_FOSTER");
    }

    @Test
    void negativeOrNonNumericMoneyIsRejected() throws IOException {
        assertRejectedOnly(readWith(GOOD.replace("P-GOOD", "P-BAD").replace("900.00", "-5")), "P-BAD",
                "weekly.core", "must not be negative");
        assertRejectedOnly(readWith(GOOD.replace("P-GOOD", "P-BAD").replace("900.00", "\"lots\"")), "P-BAD",
                "weekly.core", "must be an amount in pounds");
    }

    @Test
    void aPlannedEndBeforeTheStartIsRejected() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-BAD").replace("\"start\"", "\"plannedEnd\": \"2024-12-31\", \"start\""));
        assertRejectedOnly(c, "P-BAD", "plannedEnd", "before the start 2025-01-01");
    }

    @Test
    void aBirthMonthAfterTheReviewDateIsRejected() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-BAD").replace("2012-05", "2026-12"));
        assertRejectedOnly(c, "P-BAD", "child.birthMonth", "after the review date 2026-11-23");
    }

    @Test
    void everyRecordSharingAnIdIsRejected() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-DUP") + ", " + GOOD.replace("P-GOOD", "P-DUP"));
        assertRejectedOnly(c, "P-DUP", "id", "appears 2 times");
        assertThat(c.rejected()).filteredOn(r -> r.id().equals("P-DUP")).hasSize(2);
    }

    @Test
    void aDstLevelAboveTheDomainCeilingIsRejected() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-BAD").replace("\"type\"",
                "\"needs\": {\"communication\": \"SEVERE\"}, \"type\""));
        assertRejectedOnly(c, "P-BAD", "needs.communication", "above the highest level this DST domain takes (HIGH)");
    }

    @Test
    void aRecordWithoutAnIdIsNamedByItsPosition() throws IOException {
        CaseFile c = readWith("{\"type\": \"IFA\"}");
        assertThat(c.rejected()).extracting(Rejection::id).contains("record #2 (no id)");
        assertThat(c.rejected()).extracting(Rejection::field).contains("id", "child.ref", "start", "weekly.core");
    }

    @Test
    void absentOptionalFieldsAreUnknownAndEmptyListsAreNoneRecorded() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-2").replace("\"type\"",
                "\"stability\": {\"missingEpisodes\": []}, \"type\""));
        var p = c.placements().get(1);
        assertThat(p.stability().missingEpisodes()).isEmpty();
        assertThat(p.stability().seriousIncidents()).isNull();
        assertThat(p.child().ehcp()).isNull();
        assertThat(p.provider().onFramework()).isNull();
    }

    @Test
    void theFinancialYearDefaultsToTheEnglishYearContainingTheReviewDate() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-2"));
        assertThat(c.financialYear().start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(c.financialYear().end()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void unusableFilesFailWithOneClearLine() throws IOException {
        assertThatThrownBy(() -> read("")).isInstanceOf(InputException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> read("   \n")).isInstanceOf(InputException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> read("name,type\nx,y")).isInstanceOf(InputException.class)
                .hasMessageContaining("not valid JSON at line 1");
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(InputException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> read("{\"placements\": []}")).isInstanceOf(InputException.class)
                .hasMessageContaining("asOf is missing");
        assertThatThrownBy(() -> reader.read(dir.resolve("absent.json"), null)).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void moneyIsReadExactlyNeverThroughABinaryFloatingPoint() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-2").replace("900.00", "0.10, \"therapy\": 0.20"));
        assertThat(c.placements().get(1).getWeeklyCost()).isEqualByComparingTo("0.30");
        assertThat(c.placements().get(1).getWeeklyCost().toPlainString()).isEqualTo("0.30");
    }

    @Test
    void aRecordWithSeveralProblemsListsThemAll() throws IOException {
        CaseFile c = readWith(GOOD.replace("P-GOOD", "P-BAD").replace("2012-05", "2027-01")
                .replace("900.00", "-1"));
        assertThat(c.rejected()).filteredOn(r -> r.id().equals("P-BAD")).extracting(Rejection::field)
                .containsExactlyInAnyOrder("weekly.core", "child.birthMonth");
    }

    @Test
    void theAsOfOptionOverridesTheFile() throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, "{\"asOf\": \"2026-11-23\", \"placements\": [" + GOOD + "]}");
        assertThat(reader.read(file, LocalDate.of(2027, 1, 5)).asOf()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void severalFilesAreOneCaseloadAndIdsMustBeUniqueAcrossThem() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, "{\"asOf\": \"2026-11-23\", \"placements\": [" + GOOD + "]}");
        Files.writeString(b, "{\"asOf\": \"2026-11-23\", \"placements\": [" + GOOD + ", "
                + GOOD.replace("P-GOOD", "P-B") + "]}");
        CaseFile c = reader.readAll(List.of(a, b), null);
        assertThat(c.placements()).extracting(p -> p.id()).containsExactly("P-B");
        assertThat(c.rejected()).extracting(Rejection::id).containsExactly("P-GOOD", "P-GOOD");
    }
}
