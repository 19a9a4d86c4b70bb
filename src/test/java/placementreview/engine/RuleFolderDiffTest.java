package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What differs between two rule folders: files by SHA-256, reference rows and cells, rules by id. */
class RuleFolderDiffTest {
    @TempDir
    Path tmp;

    @Test
    void twoCopiesOfTheSameRulesDifferInNothing() throws IOException {
        assertThat(RuleFolderDiff.between(RuleFolder.of(Path.of("rules")), RuleFolder.of(copy("same")))).isEmpty();
    }

    @Test
    void referenceRowsAddedRemovedAndCellsChangedAreListedWithTheirSource() throws IOException {
        Path changed = copy("changed");
        Path rates = changed.resolve("reference/benchmark-rates.csv");
        List<String> lines = Files.readAllLines(rates);
        String removedLine = lines.get(1);
        String removedType = removedLine.split(",")[0];
        String editedType = lines.get(2).split(",")[0];
        String[] edited = lines.get(2).split(",", 3);
        lines.set(2, edited[0] + ",1.00," + edited[2]);
        lines.remove(1);
        Files.write(rates, lines);

        List<RuleChange> changes = RuleFolderDiff.between(RuleFolder.of(Path.of("rules")), RuleFolder.of(changed));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo("reference/benchmark-rates.csv");
            assertThat(c.change()).isEqualTo(RuleChange.CHANGED);
            assertThat(c.sha256Before()).hasSize(64).isNotEqualTo(c.sha256After());
            assertThat(c.rows()).extracting(RuleChange.Row::key, RuleChange.Row::change)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(removedType, RuleChange.REMOVED),
                            org.assertj.core.groups.Tuple.tuple(editedType, RuleChange.CHANGED));
            RuleChange.Row row = c.rows().stream().filter(r -> r.key().equals(editedType)).findFirst().orElseThrow();
            assertThat(row.cells()).containsExactly(new RuleChange.Cell("weekly", edited[1], "1.00"));
            assertThat(row.source()).isNotBlank();
        });
    }

    @Test
    void rulesAddedRemovedAndChangedAreListedByIdAndAnUntouchedRuleIsNot() throws IOException {
        Path changed = copy("changed");
        Path fees = changed.resolve("cost-reduction/fee-level.drl");
        String text = Files.readString(fees);
        Files.writeString(fees, text.replace("review at panel\", $weeklyCost", "refer to panel\", $weeklyCost")
                + "\nrule \"A new rule for the test\"\n    @id(\"CR-99\")\n    @policy(\"test\")\nwhen\n"
                + "    eval(false)\nthen\nend\n");
        Path transport = changed.resolve("cost-reduction/transport.drl");
        Files.writeString(transport, Files.readString(transport) + "\n// a note\n");

        List<RuleChange> changes = RuleFolderDiff.between(RuleFolder.of(Path.of("rules")), RuleFolder.of(changed));

        assertThat(changes).extracting(RuleChange::file)
                .containsExactly("cost-reduction/fee-level.drl", "cost-reduction/transport.drl");
        assertThat(changes.get(0).rules()).extracting(RuleChange.Rule::id, RuleChange.Rule::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CR-01", RuleChange.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("CR-99", RuleChange.ADDED));
        assertThat(changes.get(1).rules()).as("a comment outside every rule changes the file, not a rule").isEmpty();
    }

    @Test
    void aFileAddedOrRemovedIsListedWithItsHash() throws IOException {
        Path changed = copy("changed");
        Files.delete(changed.resolve("cost-reduction/transport.drl"));
        Files.writeString(changed.resolve("NOTES.md"), "why we changed the policy\n");

        List<RuleChange> changes = RuleFolderDiff.between(RuleFolder.of(Path.of("rules")), RuleFolder.of(changed));

        assertThat(changes).extracting(RuleChange::file, RuleChange::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NOTES.md", RuleChange.ADDED),
                org.assertj.core.groups.Tuple.tuple("cost-reduction/transport.drl", RuleChange.REMOVED));
        assertThat(changes.get(1).rules()).isNotEmpty().allMatch(r -> r.change().equals(RuleChange.REMOVED));
        assertThat(changes.get(0).sha256After()).hasSize(64);
    }

    private Path copy(String name) throws IOException {
        Path copy = tmp.resolve(name);
        Path root = Path.of("rules");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
