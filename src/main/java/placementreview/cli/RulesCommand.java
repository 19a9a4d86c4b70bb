package placementreview.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import placementreview.engine.RuleSources;
import placementreview.engine.Rulebase;
import placementreview.model.RatePrice;
import placementreview.report.Format;
import placementreview.report.Reports;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The rule catalogue: every rule's id, name, file and policy source.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    Output output;

    @Option(names = "--format", defaultValue = "table", description = "table or json (with each rule's DRL source; default table)")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "count the reference rates' ages against the"
            + " financial year of this date (yyyy-mm-dd; default today): rates more than five years older are flagged")
    LocalDate asOf;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        Rulebase rulebase = rules.load();
        String year = RatePrice.yearOf(asOf != null ? asOf : LocalDate.now());
        output.write(spec.commandLine().getOut(), Reports.rules(rulebase, RuleSources.of(rules.folder()), year), chosen);
        return PlacementReviewCommand.OK;
    }
}
