package placementreview.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import placementreview.model.CaseFile;
import placementreview.review.ReviewService;

/** The case files to read, the review date and the rules: shared by every command that reads cases. */
final class CaseOptions {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "case file(s), JSON or CSV (.csv); several are one caseload")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "DATE", description = "review date (YYYY-MM-DD); default: the file's asOf")
    LocalDate asOf;

    @Mixin
    RulesOption rules;

    ReviewService service() {
        return new ReviewService(rules.load());
    }

    CaseFile read(ReviewService service) {
        return service.read(files, asOf);
    }
}
