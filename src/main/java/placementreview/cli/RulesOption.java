package placementreview.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;

/** --rules DIR: review with another rule folder (a what-if policy change); the packaged rules by default. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "rule folder to use instead of the packaged rules")
    Path rules;

    /** Set by replay: the rule folder rebuilt from a receipt's stored files. */
    RuleFolder restored;

    Rulebase load() {
        return RulebaseLoader.load(folder());
    }

    RuleFolder folder() {
        if (restored != null) {
            return restored;
        }
        return rules == null ? RuleFolder.packaged() : RuleFolder.of(rules);
    }
}
