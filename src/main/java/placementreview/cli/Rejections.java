package placementreview.cli;

import java.io.PrintWriter;
import java.util.List;
import placementreview.model.Rejection;

/** Tells the terminal (stderr) how many records were rejected, and gives the exit code that goes with it. */
final class Rejections {
    private Rejections() {
    }

    /** The exit code for a run with these rejections: 0 when none, 1 when some. */
    static int exitCode(List<Rejection> rejected) {
        return rejected.isEmpty() ? PlacementReviewCommand.OK : PlacementReviewCommand.SOME_REJECTED;
    }

    static int report(PrintWriter err, List<Rejection> rejected) {
        if (rejected.isEmpty()) {
            return PlacementReviewCommand.OK;
        }
        long records = rejected.stream().map(r -> r.file() + "\u0000" + r.id()).distinct().count();
        err.println("placement-review: " + records + " record(s) rejected and not reviewed (" + rejected.size()
                + " problem(s)); the rest were reviewed. Run validate to list them.");
        err.flush();
        return exitCode(rejected);
    }
}
