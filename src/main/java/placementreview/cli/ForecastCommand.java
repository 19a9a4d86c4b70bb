package placementreview.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.model.CaseFile;
import placementreview.report.Format;
import placementreview.report.Reports;
import placementreview.review.Forecast;
import placementreview.review.ReviewService;
import placementreview.store.Shown;

@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "The year's forecast outturn against the placement budget, and what end-date slips would add.")
final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions cases;

    @Mixin
    Output output;

    @Mixin
    RecordOptions recording;

    @Option(names = "--slips", split = ",", paramLabel = "WEEKS",
            description = "slip scenarios in weeks, e.g. 4,12,26 (default: rules/reference parameters)")
    List<Integer> slips;

    @Option(names = "--lines", defaultValue = "20", description = "placements listed in the table (default 20)")
    int lines;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    String format;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        recording.open();
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        Forecast forecast = service.forecast(caseFile, slips);
        recording.write(spec, output, cases, service, caseFile, Shown.NOTHING,
                Reports.forecast(forecast, caseFile, service.rulebase().version(), lines), chosen);
        return Rejections.report(spec.commandLine().getErr(), caseFile.rejected());
    }
}
