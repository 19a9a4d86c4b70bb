package placementreview.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import placementreview.model.CaseFile;
import placementreview.model.Finding;
import placementreview.model.Savings;
import placementreview.report.ReviewJson;
import placementreview.review.RankBy;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/**
 * Runs every case file in cases/scenarios/ through the reader and the whole review, then checks its "expect" block
 * (format in cases/scenarios/README.md): rules that must and must not fire per placement, their savings, portfolio
 * rules, rejected records, and any value of the review JSON by JSON pointer.
 */
class ScenarioTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("cases/scenarios"))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("scenario files").isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(Path.of("cases/scenarios").relativize(f).toString(),
                () -> run(f)));
    }

    private void run(Path file) throws IOException {
        JsonNode expect = MAPPER.readTree(file.toFile()).path("expect");
        assertThat(expect.isObject()).as(file + " has an expect block").isTrue();
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(file), null);
        int all = Math.max(1, caseFile.placements().size());
        Review review = service.review(caseFile, new ReviewOptions(all, RankBy.COST, 2));
        List<String> failures = new ArrayList<>();
        expect.path("placements").fields().forEachRemaining(e -> checkPlacement(review, e.getKey(), e.getValue(),
                failures));
        checkRules("portfolio", review.portfolio(), expect.path("portfolio"), failures);
        checkRejected(caseFile, expect.path("rejected"), failures);
        JsonNode json = ReviewJson.tree(review);
        expect.path("reviewJson").fields().forEachRemaining(e -> {
            JsonNode actual = json.at(e.getKey());
            if (!sameValue(actual, e.getValue())) {
                failures.add("review JSON " + e.getKey() + ": expected " + e.getValue() + " but was " + actual);
            }
        });
        assertThat(failures).as(file.toString()).isEmpty();
    }

    private void checkPlacement(Review review, String id, JsonNode expect, List<String> failures) {
        RankedPlacement placement = review.ranked().stream().filter(r -> r.placement().id().equals(id)).findFirst()
                .orElse(null);
        if (placement == null) {
            failures.add(id + ": not reviewed");
            return;
        }
        checkRules(id, placement.findings(), expect, failures);
        expect.path("savings").fields().forEachRemaining(e -> {
            Savings s = placement.findings().stream().filter(f -> f.ruleId().equals(e.getKey()))
                    .map(Finding::savings).filter(x -> x != null).findFirst().orElse(null);
            if (s == null) {
                failures.add(id + " " + e.getKey() + ": expected a saving, found none");
                return;
            }
            Map<String, BigDecimal> actual = Map.of("weekly", s.weekly(), "inYear", s.inYear(),
                    "fullYear", s.fullYear());
            e.getValue().fields().forEachRemaining(x -> {
                if (actual.get(x.getKey()).compareTo(new BigDecimal(x.getValue().asText())) != 0) {
                    failures.add(id + " " + e.getKey() + " " + x.getKey() + " saving: expected " + x.getValue().asText()
                            + " but was " + actual.get(x.getKey()));
                }
            });
        });
    }

    private void checkRules(String subject, List<Finding> findings, JsonNode expect, List<String> failures) {
        Set<String> fired = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        expect.path("fires").forEach(id -> {
            if (!fired.contains(id.asText())) {
                failures.add(subject + ": expected " + id.asText() + " to fire; fired " + fired);
            }
        });
        expect.path("doesNotFire").forEach(id -> {
            if (fired.contains(id.asText())) {
                failures.add(subject + ": expected " + id.asText() + " not to fire");
            }
        });
    }

    private void checkRejected(CaseFile caseFile, JsonNode expect, List<String> failures) {
        expect.forEach(r -> {
            boolean found = caseFile.rejected().stream().anyMatch(x -> x.id().equals(r.path("id").asText())
                    && x.field().equals(r.path("field").asText()));
            if (!found) {
                failures.add("expected " + r.path("id").asText() + " " + r.path("field").asText()
                        + " to be rejected; rejected: " + caseFile.rejected());
            }
        });
    }

    private static boolean sameValue(JsonNode actual, JsonNode expected) {
        if (actual.isMissingNode()) {
            return false;
        }
        if (actual.isNumber() && expected.isValueNode()) {
            try {
                return actual.decimalValue().compareTo(new BigDecimal(expected.asText())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return actual.isValueNode() && expected.isValueNode() ? actual.asText().equals(expected.asText())
                : actual.equals(expected);
    }
}
