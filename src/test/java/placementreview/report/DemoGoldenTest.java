package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.engine.BuildInfo;
import placementreview.model.CaseFile;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/**
 * The demo review's JSON and panel pack, compared byte for byte with the copies stored under
 * src/test/resources/golden/ (hashes that change with any rule-file edit are masked). A change to the output is a
 * change to these files, reviewed in the same commit: regenerate them with {@code -Dgolden.update=true}.
 */
class DemoGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static Review demoReview() {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(Path.of("cases/demo/demo-authority.json")), null);
        return service.review(caseFile, ReviewOptions.defaults());
    }

    /**
     * A SHA-256 in hex (the rulebase version, the input hash) becomes a fixed marker, and so does the tool version's
     * commit (it changes with every commit); everything else is compared exactly.
     */
    static String masked(String output) {
        return output.replaceAll("\\b[0-9a-f]{64}\\b", "<sha256>")
                .replace(BuildInfo.toolVersion(), "<toolVersion>");
    }

    private static void assertMatchesGolden(String name, String output) throws IOException {
        Path file = GOLDEN.resolve(name);
        String actual = masked(output);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s differs from the stored copy (-Dgolden.update=true rewrites it)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void demoReviewJsonIsByteIdenticalToTheStoredCopy() throws IOException {
        StringWriter json = new StringWriter();
        ReviewJson.write(demoReview(), json);
        assertMatchesGolden("demo-review.json", json.toString());
    }

    @Test
    void demoPanelPackIsByteIdenticalToTheStoredCopy() throws IOException {
        Review review = demoReview();
        assertMatchesGolden("demo-pack.html", HtmlPack.render(review, TestRules.rulebase().catalogue()));
    }

    @Test
    void maskingKeepsEverythingButHashes() {
        String hash = "a".repeat(64);
        assertThat(masked("{\"rulebaseVersion\":\"" + hash + "\",\"weekly\":\"1234.00\"}"))
                .isEqualTo("{\"rulebaseVersion\":\"<sha256>\",\"weekly\":\"1234.00\"}");
        assertThat(masked("\"toolVersion\" : \"" + BuildInfo.toolVersion() + "\""))
                .isEqualTo("\"toolVersion\" : \"<toolVersion>\"");
    }
}
