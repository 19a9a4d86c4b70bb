package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.model.CaseFile;
import placementreview.report.HtmlPack;
import placementreview.report.ReviewCsv;
import placementreview.report.ReviewJson;
import placementreview.report.ReviewText;
import placementreview.review.RankBy;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.store.ShownOf;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Rank the placements (top 15 by net annual cost) with the options the rules found for each.")
final class ReviewCommand implements Callable<Integer> {
    enum Format { table, json, csv, html }

    enum Section { placements, options }

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions cases;

    @Mixin
    Output output;

    @Mixin
    RecordOptions recording;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "how many placements to show (default 15)")
    int top;

    @Option(names = "--by", paramLabel = "cost|saving", defaultValue = "cost",
            description = "rank by net annual cost (default) or by best achievable full-year saving")
    String by;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or html (the panel pack; default table)")
    Format format;

    @Option(names = "--section", defaultValue = "placements",
            description = "for csv: placements (one row per placement, default) or options (one row per finding)")
    Section section;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Override
    public Integer call() {
        recording.open();
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        ReviewOptions options = new ReviewOptions(top, rankBy(), threads == null
                ? Runtime.getRuntime().availableProcessors() : threads);
        Review review = service.review(caseFile, options, TerminalProgress.forReview(spec.commandLine().getErr(),
                caseFile.placements().size(), format == Format.json));
        recording.write(spec, output, cases, service, caseFile, format.name(), ShownOf.review(review), writer -> {
            switch (format) {
                case json -> ReviewJson.write(review, writer);
                case csv -> {
                    if (section == Section.options) {
                        ReviewCsv.writeOptions(review, writer);
                    } else {
                        ReviewCsv.write(review, writer);
                    }
                }
                case html -> writer.write(HtmlPack.render(review, service.rulebase().catalogue()));
                default -> writer.write(ReviewText.render(review));
            }
        });
        return Rejections.report(spec.commandLine().getErr(), caseFile.rejected());
    }

    private RankBy rankBy() {
        return switch (by) {
            case "cost" -> RankBy.COST;
            case "saving" -> RankBy.SAVING;
            default -> throw new placementreview.io.InputException("--by must be cost or saving, not " + by);
        };
    }
}
