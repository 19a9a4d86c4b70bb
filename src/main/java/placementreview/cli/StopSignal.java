package placementreview.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Waits for SIGTERM or SIGINT (Ctrl-C) so that serve can stop gracefully and exit 0 through the normal path (a
 * shutdown hook would exit 143 and race the other hooks). A second signal while stopping ends the process at once.
 */
final class StopSignal {
    private final CountDownLatch received = new CountDownLatch(1);

    StopSignal install() {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), this::onSignal);
            } catch (IllegalArgumentException e) {
                // this platform has no such signal: the JVM's default handling stays
            }
        }
        return this;
    }

    private void onSignal(Signal signal) {
        if (received.getCount() == 0) {
            Runtime.getRuntime().halt(128 + signal.getNumber());
        }
        received.countDown();
    }

    void await() throws InterruptedException {
        received.await();
    }
}
