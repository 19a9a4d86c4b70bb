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

    @Test
    void eachRuleReadsTheReferenceRowsItsTextNamesAtTheirLines() {
        RuleSources sources = RuleSources.of(RuleFolder.of(Path.of("rules")));
        assertThat(sources.reads("CR-02")).containsExactly(
                new ReferenceCatalogue.Read("parameter", "negotiation-lead-weeks", "parameters.csv", 3),
                new ReferenceCatalogue.Read("parameter", "negotiation-achievable-share-pct", "parameters.csv", 7),
                // the need band's thresholds, through the NeedBandDefinition facts the rule matches
                new ReferenceCatalogue.Read("parameter", "cc-checklist-high-domains", "parameters-continuing-care.csv", 2),
                new ReferenceCatalogue.Read("parameter", "cc-checklist-severe-domains", "parameters-continuing-care.csv",
                        3),
                new ReferenceCatalogue.Read("family", "Fee level", "saving-overlap.csv", 2),
                new ReferenceCatalogue.Read("table", "need-band-rates.csv", "need-band-rates.csv", 0),
                new ReferenceCatalogue.Read("table", "benchmark-rates.csv", "benchmark-rates.csv", 0),
                new ReferenceCatalogue.Read("cited", "price-index.csv", "price-index.csv", 0));
        // matched by a name prefix: the whole parameter file the rule cites, not every parameters*.csv
        assertThat(sources.reads("SD-24")).contains(
                new ReferenceCatalogue.Read("criterion", "risk-flags", "step-down-routes.csv", 0),
                new ReferenceCatalogue.Read("table", "parameters-step-down.csv", "parameters-step-down.csv", 0))
                .noneMatch(r -> r.file().equals("parameters.csv"));
        assertThat(sources.reads("NO-SUCH")).isEmpty();
    }

    @Test
    void everyReadPointsAtARowThatHoldsTheName() {
        RuleSources sources = RuleSources.of(RuleFolder.of(Path.of("rules")));
        for (RuleInfo rule : TestRules.rulebase().catalogue()) {
            for (ReferenceCatalogue.Read read : sources.reads(rule.id())) {
                ReferenceCatalogue.Table table = sources.referenceTables().stream()
                        .filter(t -> t.file().equals(read.file())).findFirst().orElseThrow();
                if (read.line() > 0) {
                    assertThat(table.rows().get(read.line() - 2)).as(rule.id() + " " + read).contains(read.name());
                }
            }
        }
        assertThat(sources.referenceTables()).allSatisfy(t -> assertThat(t.columns()).contains("source"));
    }
}
