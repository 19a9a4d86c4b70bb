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

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check case files and list every rejected record with the field and what is allowed.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions cases;

    @Mixin
    Output output;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    String format;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        output.write(spec.commandLine().getOut(), Reports.validation(caseFile), chosen);
        return Rejections.exitCode(caseFile.rejected());
    }
}
