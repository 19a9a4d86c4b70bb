package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.testing.TestRules;

class RuleSourcesTest {
    @Test
    void everyRuleOfTheCatalogueHasItsTextAsWrittenInItsFile() {
        RuleSources sources = RuleSources.of(RuleFolder.of(Path.of("rules")));
        for (RuleInfo rule : TestRules.rulebase().catalogue()) {
            String text = sources.source(rule.id());
            assertThat(text).as(rule.id()).startsWith("rule \"" + rule.name() + "\"")
                    .contains("@id(\"" + rule.id() + "\")", "when", "then").endsWith("end\n");
        }
        assertThat(sources.source("NO-SUCH")).isNull();
    }

    @Test
    void blocksRunFromRuleToEndAndTheHeaderIsTheLeadingComment() {
        List<String> lines = List.of("// What this decides.", "// Source: x.", "package p", "", "rule \"A\"",
                "    @id(\"A-1\")", "when", "then", "    insert(x); // end of the line is not the end", "end",
                "rule \"B\"", "end");
        assertThat(RuleSources.blocks(lines)).containsExactly(
                "rule \"A\"\n    @id(\"A-1\")\nwhen\nthen\n    insert(x); // end of the line is not the end\nend\n",
                "rule \"B\"\nend\n");
        assertThat(RuleSources.header(lines)).isEqualTo("What this decides.\nSource: x.\n");
    }
}
