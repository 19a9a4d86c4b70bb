package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.model.CaseFile;
import placementreview.report.CsvSection;
import placementreview.report.Format;
import placementreview.report.Reports;
import placementreview.review.RankBy;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.store.Shown;
import placementreview.store.ShownOf;
import placementreview.io.InputException;
import placementreview.review.RecordedCaseload;
import placementreview.review.SinceLast;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Rank the placements (the panel's top placements by net annual cost) with the options the rules "
                + "found for each.")
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions cases;

    @Mixin
    Output output;

    @Mixin
    RecordOptions recording;

    @Option(names = "--top", paramLabel = "N",
            description = "how many placements to show (default: the panel's top N, reference parameter panel-top-n)")
    Integer top;

    @Option(names = "--by", paramLabel = "cost|saving", defaultValue = "cost",
            description = "rank by net annual cost (default) or by the best full-year reduction in the council's spend"
                    + " (savings plus cost recovered)")
    String by;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or html (the panel pack; default table)")
    String format;

    @Option(names = "--section", defaultValue = "placements",
            description = "for csv: placements (one row per placement, default), options (one row per finding) or market"
                    + " (one row per placement type and need band: the council's own market)")
    String section;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--since", paramLabel = "RECEIPT-ID", description = "with --record: compare with this recorded "
            + "review (default: the authority's previous recorded review) in the section \"Since the last panel\"")
    String since;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        CsvSection rows = CsvSection.parse(section);
        ReviewOptions options = new ReviewOptions(top, RankBy.parse(by), Threads.of(threads));
        if (since != null && !recording.recorded()) {
            throw new InputException("--since compares a recorded review with an earlier one: add --record");
        }
        recording.open();
        ReviewService service = cases.service();
        CaseFile caseFile = cases.read(service);
        Review review = service.review(caseFile, options, TerminalProgress.forReview(spec.commandLine().getErr(),
                caseFile.placements().size(), chosen == Format.JSON));
        Shown shown = ShownOf.review(review);
        SinceLast sinceLast = null;
        if (recording.comparesWithLastPanel()) {
            sinceLast = recording.panel().sinceLast(RecordedCaseload.of(review), review.authority(),
                    recording.receiptId(), since);
            shown = shown.withSinceLast();
        }
        recording.write(spec, output, cases, service, caseFile, shown,
                Reports.review(review, sinceLast, rows, service.rulebase().catalogue()), chosen);
        return Rejections.report(spec.commandLine().getErr(), caseFile.rejected());
    }
}
