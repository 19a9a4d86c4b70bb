package placementreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import placementreview.io.CaseSource;
import placementreview.io.InputException;
import placementreview.model.CaseFile;
import placementreview.review.ReviewService;
import placementreview.store.Recorder;
import placementreview.store.StoredInput;

/** The case files to read, the review date and the rules: shared by every command that reads cases. */
final class CaseOptions {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "case file(s), JSON or CSV (.csv); several are one caseload")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "DATE", description = "review date (YYYY-MM-DD); default: the file's asOf")
    LocalDate asOf;

    @Mixin
    RulesOption rules;

    /** Set by replay: the receipt's stored inputs, read instead of the files named (under the same names). */
    List<CaseSource> stored;

    ReviewService service() {
        return new ReviewService(rules.load());
    }

    CaseFile read(ReviewService service) {
        return stored != null ? service.readSources(stored, asOf) : service.read(files, asOf);
    }

    /** The bytes of the files read, to store with a receipt (the recorder checks they hash as the run read them). */
    List<StoredInput> storedInputs() {
        List<StoredInput> inputs = new ArrayList<>();
        for (Path file : files) {
            CaseSource source = CaseSource.file(file);
            try {
                inputs.add(Recorder.input(source.name(), source.csv(), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new InputException(file + ": cannot be read again to record it: " + e.getMessage());
            }
        }
        return inputs;
    }
}
