package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.engine.Evaluation;
import placementreview.model.CaseFile;
import placementreview.report.ApiJson;
import placementreview.report.ExplainText;
import placementreview.review.ReviewService;
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

    enum Format { table, json }

    @Option(names = "--format", defaultValue = "table",
            description = "table or json (the web API's explain JSON; default table)")
    Format format;

    @Option(names = "--placement", required = true, paramLabel = "ID", description = "the placement id, e.g. P-0001")
    String placementId;

    @Override
    public Integer call() {
        recording.open();
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        Evaluation evaluation = service.explain(caseFile, placementId);
        String version = service.rulebase().version();
        recording.write(spec, output, cases, service, caseFile, format.name(), ShownOf.explain(evaluation),
                writer -> writer.write(format == Format.json
                        ? ApiJson.text(ApiJson.explain(evaluation, caseFile, version))
                        : ExplainText.render(evaluation, caseFile, version)));
        return PlacementReviewCommand.OK;
    }
}
