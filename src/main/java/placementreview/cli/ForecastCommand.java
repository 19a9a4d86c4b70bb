package placementreview.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.model.CaseFile;
import placementreview.report.ForecastJson;
import placementreview.report.ForecastText;
import placementreview.report.ReviewJson;
import placementreview.review.Forecast;
import placementreview.review.ReviewService;
import placementreview.store.Shown;

@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "The year's forecast outturn against the placement budget, and what end-date slips would add.")
final class ForecastCommand implements Callable<Integer> {
    enum Format { table, json }

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
    Format format;

    @Override
    public Integer call() {
        recording.open();
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        Forecast forecast = service.forecast(caseFile, slips);
        String header = (caseFile.authority() == null ? "Forecast" : caseFile.authority()) + " - forecast as of "
                + caseFile.asOf() + " for the financial year " + caseFile.financialYear().start() + " to "
                + caseFile.financialYear().end() + "\nRulebase " + service.rulebase().version() + "\n";
        recording.write(spec, output, cases, service, caseFile, format.name(), Shown.NOTHING, writer -> {
            if (format == Format.json) {
                var root = ReviewJson.MAPPER.createObjectNode();
                root.put("authority", caseFile.authority());
                root.put("asOf", caseFile.asOf().toString());
                root.put("rulebaseVersion", service.rulebase().version());
                ReviewJson.provenance(root, caseFile.inputSha256());
                root.setAll(ForecastJson.tree(forecast, true));
                root.set("rejected", ReviewJson.rejected(caseFile.rejected()));
                writer.write(ReviewJson.MAPPER.writeValueAsString(root) + System.lineSeparator());
            } else {
                writer.write(ForecastText.render(forecast, header, lines));
                writer.write(placementreview.report.ReviewText.rejected(caseFile.rejected()));
            }
        });
        return Rejections.report(spec.commandLine().getErr(), caseFile.rejected());
    }
}
