package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.model.CaseFile;
import placementreview.report.Format;
import placementreview.report.Reports;
import placementreview.review.ReviewService;
import placementreview.store.ShownOf;
import placementreview.review.StepDownCheck;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "For a social worker: could this child safely move to a family setting or a less intensive "
                + "placement? Each criterion "
                + "met / not met / not recorded, the routes open, what would have to change, then the costs.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions cases;

    @Mixin
    Output output;

    @Mixin
    RecordOptions recording;

    @Option(names = "--placement", required = true, paramLabel = "ID",
            description = "the placement id or the child's reference, in any case, e.g. P-0001 or C-0001")
    String placementId;

    @Option(names = "--format", defaultValue = "table",
            description = "table, json or html (one printable A4 page; default table)")
    String format;

    @Option(names = "--with-costs", description = "html: add the costs and savings (left out by default)")
    boolean withCosts;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        recording.open();
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        StepDownCheck check = service.check(caseFile, placementId, Runtime.getRuntime().availableProcessors());
        recording.write(spec, output, cases, service, caseFile, ShownOf.check(check), Reports.check(check, withCosts),
                chosen);
        return Rejections.report(spec.commandLine().getErr(), caseFile.rejected());
    }
}
