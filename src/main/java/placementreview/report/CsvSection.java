package placementreview.report;

import java.util.Locale;
import placementreview.io.InputException;

/** What a review's CSV lists: one row per placement, or one row per finding (the options). */
public enum CsvSection {
    PLACEMENTS, OPTIONS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CsvSection parse(String text) {
        for (CsvSection section : values()) {
            if (section.label().equalsIgnoreCase(text.strip())) {
                return section;
            }
        }
        throw new InputException("section must be placements or options, not " + text);
    }
}
