package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.testing.TestRules;

class RulebaseLoaderTest {
    @TempDir
    Path dir;

    private Path copyOfRules() throws IOException {
        Path root = Path.of("rules");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = dir.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }

    @Test
    void everyRuleHasAnIdAPolicyAndAFile() {
        assertThat(TestRules.rulebase().catalogue()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.id()).matches("[A-Z]+-\\d+");
            assertThat(rule.policy()).isNotBlank();
            assertThat(rule.file()).endsWith(".drl");
        });
    }

    @Test
    void aRuleFileThatDoesNotCompileStopsTheBuildNamingFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("cost-reduction/broken.drl"), """
                package costreduction
                import placementreview.model.Placement

                rule "broken"
                    @id("XX-01") @policy("test")
                when
                    Placement( noSuchField > 3 )
                then
                end
                """);
        assertThatThrownBy(() -> RulebaseLoader.load(RuleFolder.of(rules)))
                .isInstanceOf(RulebaseException.class)
                .hasMessageContaining("broken.drl:7")
                .hasMessageContaining("noSuchField");
    }

    @Test
    void aRuleWithoutIdOrPolicyIsRefused() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("cost-reduction/anonymous.drl"), """
                package costreduction
                import placementreview.model.Placement
                rule "A rule nobody can trace"
                when
                    Placement()
                then
                end
                """);
        assertThatThrownBy(() -> RulebaseLoader.load(RuleFolder.of(rules)))
                .hasMessageContaining("anonymous.drl").hasMessageContaining("needs both @id and @policy");
    }

    @Test
    void aReusedIdIsRefused() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("cost-reduction/dup.drl"), """
                package costreduction
                import placementreview.model.Placement
                rule "Another rule with an old id"
                    @id("CR-01") @policy("test")
                when
                    Placement()
                then
                end
                """);
        assertThatThrownBy(() -> RulebaseLoader.load(RuleFolder.of(rules))).hasMessageContaining("CR-01")
                .hasMessageContaining("ids must be unique");
    }

    @Test
    void aMisspeltAnnotationIsRefusedNamingTheClosestOneTheToolReads() throws IOException {
        Path rules = copyOfRules();
        Path transport = rules.resolve("cost-reduction/transport.drl");
        Files.writeString(transport, Files.readString(transport).replace("@family(", "@famliy("));
        assertThatThrownBy(() -> RulebaseLoader.load(RuleFolder.of(rules)))
                .hasMessageContaining(transport + ": rule \"")
                .hasMessageContaining("has @famliy, which the tool does not read (closest: @family)");
    }

    @Test
    void theVersionIsAHashOverEveryFileAndChangesWithAnyEdit() throws IOException {
        Path rules = copyOfRules();
        String before = RulebaseLoader.version(RuleFolder.of(rules));
        assertThat(before).hasSize(64).isEqualTo(RulebaseLoader.version(RuleFolder.of(Path.of("rules"))));
        Files.writeString(rules.resolve("reference/parameters.csv"),
                Files.readString(rules.resolve("reference/parameters.csv")).replace("10000", "9000"));
        assertThat(RulebaseLoader.version(RuleFolder.of(rules))).isNotEqualTo(before);
    }

    @Test
    void aReferenceRowWithoutASourceIsRefused() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("reference/parameters-extra.csv"), "name,value,unit,source\nx,1,weeks,\n");
        assertThatThrownBy(() -> RulebaseLoader.load(RuleFolder.of(rules)))
                .hasMessageContaining("parameters-extra.csv:2").hasMessageContaining("column source");
    }

    @Test
    void idsSortByPrefixThenNumber() {
        assertThat(RulebaseLoader.compareIds("CR-2", "CR-10")).isNegative();
        assertThat(RulebaseLoader.compareIds("CC-9", "CR-1")).isNegative();
    }
}
