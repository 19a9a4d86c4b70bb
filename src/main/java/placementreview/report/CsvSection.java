package placementreview.report;

import java.util.Locale;
import placementreview.io.InputException;

/**
 * What a review's CSV lists: one row per placement, one row per finding (the options), or one row per group of the
 * council's own market (type and need band, the table's "Benchmarks" section).
 */
public enum CsvSection {
    PLACEMENTS, OPTIONS, MARKET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CsvSection parse(String text) {
        for (CsvSection section : values()) {
            if (section.label().equalsIgnoreCase(text.strip())) {
                return section;
            }
        }
        throw new InputException("section must be placements, options or market, not " + text);
    }
}
