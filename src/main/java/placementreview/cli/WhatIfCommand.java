package placementreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.engine.ParameterOverlay;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;
import placementreview.report.Format;
import placementreview.report.Reports;
import placementreview.review.PolicyComparison;
import placementreview.review.RankBy;
import placementreview.review.ReviewOptions;
import placementreview.review.WhatIf;
import placementreview.store.Recorder;
import placementreview.store.ShownOf;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Review the same caseload under the base rules and a changed policy (another rule folder, or "
                + "parameters set with --set), and show what changed: in the rules, per placement, and in the totals.")
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions cases;

    @Mixin
    Output output;

    @Mixin
    RecordOptions recording;

    /** Set by replay: the receipt's changed rule folder rebuilt from its stored files, used instead of --against's. */
    RuleFolder restoredAgainst;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Changed changed;

    static final class Changed {
        @Option(names = "--against", paramLabel = "CHANGED_DIR", required = true,
                description = "the changed rule folder (e.g. a copy of rules/ with the proposed edits)")
        Path against;

        @Option(names = "--set", paramLabel = "NAME=VALUE", required = true,
                description = "set a policy parameter of the base rules in memory (repeatable), "
                        + "e.g. --set very-high-cost-weekly=12000")
        List<String> settings;
    }

    @Option(names = "--top", paramLabel = "N",
            description = "the top N, for entries, exits and top-N totals (default: each rulebase's panel top N, "
                    + "reference parameter panel-top-n)")
    Integer top;

    @Option(names = "--by", paramLabel = "cost|saving", defaultValue = "cost",
            description = "rank by net annual cost (default) or by best achievable full-year saving")
    String by;

    @Option(names = "--format", defaultValue = "table", description = "table, json or html (default table)")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        ReviewOptions options = new ReviewOptions(top, RankBy.parse(by), threads == null
                ? Runtime.getRuntime().availableProcessors() : threads);
        recording.open();
        RuleFolder baseFolder = cases.rules.folder();
        Rulebase base = cases.rules.load();
        PolicyComparison comparison;
        RuleFolder changedFolder;
        if (changed.against != null) {
            changedFolder = restoredAgainst != null ? restoredAgainst : RuleFolder.of(changed.against);
            Rulebase other = RulebaseLoader.load(changedFolder);
            PrintWriter err = spec.commandLine().getErr();
            other.warnings().forEach(w -> err.println("placement-review: warning (changed rules): " + w));
            err.flush();
            comparison = PolicyComparison.against(baseFolder, base, changedFolder, other);
        } else {
            changedFolder = baseFolder;
            comparison = PolicyComparison.withSettings(baseFolder, base, changed.settings);
        }
        WhatIf whatIf = cases.stored != null ? comparison.runSources(cases.stored, cases.asOf, options)
                : comparison.run(cases.files, cases.asOf, options);
        Recorder.Changed changedPolicy = new Recorder.Changed(comparison.changed().rulebase(), changedFolder,
                whatIf.changed().set().stream().map(ParameterOverlay.Setting::text).toList());
        recording.write(spec, output, cases, base, Recorder.Read.of(whatIf.before()), changedPolicy,
                ShownOf.whatIf(whatIf), Reports.whatIf(whatIf), chosen);
        return Rejections.report(spec.commandLine().getErr(), whatIf.rejected());
    }
}
