package placementreview.cli;

import placementreview.store.Replayer;

/** The replayer `serve` uses (it re-runs the recorded command), for tests outside this package. */
public final class TestReplayers {
    private TestReplayers() {
    }

    public static Replayer command() {
        return new ReplayCommand.CommandReplayer();
    }
}
