package placementreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;

/** --rules DIR: review with another rule folder (a what-if policy change); the packaged rules by default. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "rule folder to use instead of the packaged rules")
    Path rules;

    /** Set by replay: the rule folder rebuilt from a receipt's stored files. */
    RuleFolder restored;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Loads the rules; what the load found odd but not wrong (e.g. a parameter no rule uses) goes to stderr. */
    Rulebase load() {
        Rulebase rulebase = RulebaseLoader.load(folder());
        PrintWriter err = mixee.commandLine().getErr();
        rulebase.warnings().forEach(w -> err.println("placement-review: warning: " + w));
        err.flush();
        return rulebase;
    }

    RuleFolder folder() {
        if (restored != null) {
            return restored;
        }
        return rules == null ? RuleFolder.packaged() : RuleFolder.of(rules);
    }
}
