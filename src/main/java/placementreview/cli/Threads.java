package placementreview.cli;

import placementreview.io.InputException;

/** The --threads option's value: one per core when not given; 0, negative or absurd counts are refused. */
final class Threads {
    static final int MAX = 1024;

    private Threads() {
    }

    static int of(Integer given) {
        if (given == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (given < 1 || given > MAX) {
            throw new InputException("--threads must be from 1 to " + MAX + ", not " + given);
        }
        return given;
    }
}
