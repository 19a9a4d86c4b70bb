package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.engine.Evaluation;
import placementreview.model.CaseFile;
import placementreview.report.Format;
import placementreview.report.Reports;
import placementreview.review.ReviewService;
import placementreview.review.SavingsPlan;
import placementreview.store.ShownOf;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why each finding was made for one placement: every rule that fired, its source and the values it matched.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions cases;

    @Mixin
    Output output;

    @Mixin
    RecordOptions recording;

    @Option(names = "--placement", required = true, paramLabel = "ID", description = "the placement id, e.g. P-0001")
    String placementId;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    String format;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        recording.open();
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        Evaluation evaluation = service.explain(caseFile, placementId);
        SavingsPlan plan = service.savingsPlan(caseFile, evaluation, Runtime.getRuntime().availableProcessors());
        recording.write(spec, output, cases, service, caseFile, ShownOf.explain(evaluation),
                Reports.explain(evaluation, plan, caseFile, service.rulebase().version()), chosen);
        return Rejections.report(spec.commandLine().getErr(), caseFile.rejected());
    }
}
