package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.model.CaseFile;
import placementreview.report.ReviewJson;
import placementreview.report.ReviewText;
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
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        output.write(spec.commandLine().getOut(), writer -> {
            if ("json".equals(format)) {
                var root = ReviewJson.MAPPER.createObjectNode();
                root.put("accepted", caseFile.placements().size());
                root.set("rejected", ReviewJson.rejected(caseFile.rejected()));
                root.set("notes", ReviewJson.notes(caseFile.notes()));
                writer.write(ReviewJson.MAPPER.writeValueAsString(root) + System.lineSeparator());
            } else {
                writer.write(caseFile.placements().size() + " placement(s) accepted, "
                        + caseFile.rejected().size() + " problem(s) found.\n");
                writer.write(ReviewText.rejected(caseFile.rejected()));
                writer.write(ReviewText.notes(caseFile.notes()));
            }
        });
        return Rejections.exitCode(caseFile.rejected());
    }
}
