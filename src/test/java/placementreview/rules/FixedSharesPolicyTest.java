package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.engine.PlacementEvaluator;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;
import placementreview.model.Apportionment;
import placementreview.model.Finding;
import placementreview.model.ReviewContext;
import placementreview.testing.PlacementBuilder;

/** A council opts in to fixed shares by editing rules/reference/parameters-apportionment.csv, with no Java change. */
class FixedSharesPolicyTest {

    @Test
    void optInFixedSharesSplitTheWeeklyCostAndSocialCareTakesTheRemainder(@TempDir Path tmp) throws IOException {
        Path rules = copyRules(tmp);
        Path params = rules.resolve("reference/parameters-apportionment.csv");
        Files.writeString(params, Files.readString(params).replace("ap-fixed-shares,0,", "ap-fixed-shares,1,")
                .replace("ap-school-transport-to-education,0,", "ap-school-transport-to-education,1,"));
        Rulebase rulebase = RulebaseLoader.load(RuleFolder.of(rules));
        List<Finding> findings = new PlacementEvaluator(rulebase).evaluate(
                placement().core("1000.00").transport("0.01").build(),
                new ReviewContext(PlacementBuilder.AS_OF, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
                .findings();
        assertThat(findings).extracting(Finding::ruleId).contains("AP-12").doesNotContain("AP-11");
        Apportionment a = (Apportionment) findings.stream().filter(f -> f.ruleId().equals("AP-12")).findFirst()
                .orElseThrow();
        assertThat(a.method()).isEqualTo("fixed-shares");
        // 1000.01 x 33.33% = 333.303333 -> 333.30 each; social care 1000.01 - 666.60 = 333.41
        assertThat(a.education().weekly()).isEqualByComparingTo("333.30");
        assertThat(a.health().weekly()).isEqualByComparingTo("333.30");
        assertThat(a.socialCare().weekly()).isEqualByComparingTo("333.41");
        assertThat(a.education().share()).isEqualByComparingTo("33.3");
        // the school-transport policy switched on: a 14-year-old's transport is Education's (AP-03)
        assertThat(a.components()).anySatisfy(c -> assertThat(c.ruleId()).isEqualTo("AP-03"));
    }

    private static Path copyRules(Path tmp) throws IOException {
        Path source = Path.of("rules");
        Path target = tmp.resolve("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
