package placementreview.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import placementreview.io.InputException;

/** The formats an output can be written in; each output offers some of them (see {@link Reports}). */
public enum Format {
    TABLE("text/plain; charset=utf-8"),
    JSON("application/json; charset=utf-8"),
    CSV("text/csv; charset=utf-8"),
    HTML("text/html; charset=utf-8");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** As written on the command line and in messages: "table", "json", "csv", "html". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String text) {
        for (Format format : values()) {
            if (format.label().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new InputException("--format must be one of " + Arrays.stream(values()).map(Format::label)
                .collect(Collectors.joining(", ")) + ", not " + text);
    }
}
