package placementreview.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process for tests outside this package. */
public final class CliRun {
    public record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlacementReviewCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
