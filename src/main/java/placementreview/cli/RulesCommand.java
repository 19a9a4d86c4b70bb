package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import placementreview.engine.Rulebase;
import placementreview.report.RuleCatalogueText;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The rule catalogue: every rule's id, name, file and policy source.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        Rulebase rulebase = rules.load();
        output.write(spec.commandLine().getOut(), writer -> writer.write(RuleCatalogueText.render(rulebase)));
        return PlacementReviewCommand.OK;
    }
}
