package placementreview.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import placementreview.model.CaseFile;
import placementreview.model.Placement;
import placementreview.model.Rejection;
import placementreview.testing.TestRules;

/**
 * cases/README.md is the data contract: its JSON and CSV examples are read with the tool's own reader, and its
 * field tables (Header, Placement record) are checked against it: every field listed is one the reader reads, the
 * first example uses them all, and removing a field is refused exactly when the table says it is required.
 */
class CasesReadmeExamplesTest {
    private static final Path README = Path.of("cases/README.md");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(json|csv)\\n(.*?)^```");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "ZZ-NOT-A-VALUE-7";

    private final CaseFileReader reader = new CaseFileReader(TestRules.rulebase().reference().dstCeilings());

    private record Example(String language, String text) {
    }

    @Test
    void everyExampleIsReadWithNoRejectionAndNoNote() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).extracting(Example::language).contains("json", "csv");
        for (Example example : examples) {
            CaseFile read = read(example.text(), example.language().equals("csv"), null);
            assertThat(read.rejected()).as(example.text()).isEmpty();
            assertThat(read.notes()).as(example.text()).isEmpty();
            assertThat(read.placements()).as(example.text()).isNotEmpty();
        }
    }

    @Test
    void eachCsvExampleReadsAsTheJsonRecordsOfTheSameIds() throws IOException {
        Map<String, Placement> fromJson = new LinkedHashMap<>();
        for (Example example : examples()) {
            if (example.language().equals("json")) {
                read(example.text(), false, null).placements().forEach(p -> fromJson.put(p.id(), p));
            }
        }
        for (Example example : examples()) {
            if (example.language().equals("csv")) {
                for (Placement placement : read(example.text(), true, null).placements()) {
                    assertThat(placement).as(placement.id() + " from the CSV example").isEqualTo(fromJson.get(placement.id()));
                }
            }
        }
    }

    @Test
    void theFirstJsonExampleUsesEveryFieldTheTablesList() throws IOException {
        JsonNode full = JSON.readTree(firstJson());
        for (Field field : fields()) {
            JsonNode at = field.header() ? full : full.path("placements").get(0);
            assertThat(at.at(pointer(field.path())).isMissingNode()).as(field.path() + " is in the first example")
                    .isFalse();
        }
    }

    @Test
    void everyFieldListedIsReadByTheReader() throws IOException {
        for (Field field : fields()) {
            if (field.path().equals("placements")) {
                continue;
            }
            ObjectNode changed = changed(field, node -> node.put(leaf(field.path()), MARKER));
            String path = field.path();
            Throwable failure = catchThrowable(() -> {
                CaseFile read = read(JSON.writeValueAsString(changed), false, null);
                boolean rejected = read.rejected().stream().anyMatch(r -> r.field().equals(path));
                boolean kept = read.toString().contains(MARKER);
                assertThat(rejected || kept).as(path + " set to " + MARKER + " is neither rejected nor kept: "
                        + "the reader does not read a field of this name").isTrue();
            });
            if (failure instanceof InputException refused) {
                assertThat(refused.getMessage()).as(path).contains(leaf(path));
            } else if (failure != null) {
                throw new AssertionError(failure.getMessage(), failure);
            }
        }
    }

    @Test
    void removingAFieldIsRefusedExactlyWhenTheTableSaysItIsRequired() throws IOException {
        for (Field field : fields()) {
            ObjectNode without = changed(field, node -> node.remove(leaf(field.path())));
            String text = JSON.writeValueAsString(without);
            String path = field.path();
            if (field.required().startsWith("yes")) {
                if (field.header()) {
                    assertThatThrownBy(() -> read(text, false, null)).as(path).isInstanceOf(InputException.class)
                            .hasMessageContaining(path);
                    if (field.required().contains("--as-of")) {
                        assertThat(read(text, false, LocalDate.parse("2026-11-23")).rejected()).as(path).isEmpty();
                    }
                } else {
                    assertThat(read(text, false, null).rejected()).as(path + " missing")
                            .extracting(Rejection::field).contains(path);
                }
            } else if (field.required().contains("both or neither")) {
                assertThatThrownBy(() -> read(text, false, null)).as(path + " alone missing")
                        .isInstanceOf(InputException.class);
            } else {
                CaseFile read = read(text, false, null);
                assertThat(read.rejected()).as(path + " is optional").isEmpty();
                assertThat(read.placements()).as(path + " is optional").hasSize(2);
            }
        }
        ObjectNode noYear = (ObjectNode) JSON.readTree(firstJson());
        ((ObjectNode) noYear.get("financialYear")).remove(List.of("start", "end"));
        CaseFile defaulted = read(JSON.writeValueAsString(noYear), false, null);
        assertThat(defaulted.rejected()).isEmpty();
        assertThat(defaulted.financialYear().start()).as("the default year, with only a budget")
                .isEqualTo(LocalDate.parse("2026-04-01"));
    }

    /** A field of the Header or Placement record table and its "required" cell. */
    private record Field(String path, String required, boolean header) {
    }

    /** Every field path of the Header and Placement record tables ("`needs.breathing`, `.skin`" is two). */
    static List<Field> fields() throws IOException {
        List<Field> fields = new ArrayList<>();
        boolean header = false;
        boolean placement = false;
        int requiredColumn = -1;
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                header = line.equals("## Header");
                placement = line.equals("## Placement record");
                requiredColumn = -1;
                continue;
            }
            if (!(header || placement) || !line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|", -1)).stream()
                    .map(String::strip).toList();
            if (requiredColumn < 0) {
                requiredColumn = cells.indexOf("required");
                continue;
            }
            String prefix = "";
            Matcher names = Pattern.compile("`([^`]+)`").matcher(cells.get(0));
            while (names.find()) {
                String name = names.group(1);
                String path = name.startsWith(".") ? prefix + name.substring(1) : name;
                prefix = path.contains(".") ? path.substring(0, path.lastIndexOf('.') + 1) : "";
                fields.add(new Field(path, cells.get(requiredColumn), header));
            }
        }
        assertThat(fields).as("fields read from the tables").hasSizeGreaterThan(50);
        return fields;
    }

    private ObjectNode changed(Field field, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(firstJson());
        JsonNode at = field.header() ? root : root.path("placements").get(0);
        String path = field.path();
        JsonNode parent = path.contains(".") ? at.at(pointer(path.substring(0, path.lastIndexOf('.')))) : at;
        change.accept((ObjectNode) parent);
        return root;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String pointer(String path) {
        return "/" + path.replace('.', '/');
    }

    private CaseFile read(String text, boolean csv, LocalDate asOf) {
        return reader.read("cases/README.md example", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                asOf, csv);
    }

    private static String firstJson() throws IOException {
        return examples().stream().filter(e -> e.language().equals("json")).findFirst().orElseThrow().text();
    }

    private static List<Example> examples() throws IOException {
        Matcher blocks = FENCE.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<Example> examples = new ArrayList<>();
        while (blocks.find()) {
            examples.add(new Example(blocks.group(1), blocks.group(2)));
        }
        return examples;
    }
}
