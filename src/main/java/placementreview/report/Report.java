package placementreview.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.stream.Collectors;
import placementreview.io.InputException;

/**
 * One output of the tool (a review, a step-down check, a trace...) with the writer for each format it has. The CLI's
 * {@code --format} and the web handlers both write through {@link #write}: one dispatch from format to writer.
 */
public record Report(String name, Map<Format, Body> writers) {
    /** Writes the output's body in one format. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    public Report {
        writers = Map.copyOf(writers);
    }

    /** The output in this format; a format it does not have is a clear error naming the ones it has. */
    public void write(Format format, Writer out) throws IOException {
        Body body = writers.get(format);
        if (body == null) {
            throw new InputException(name + " has no " + format.label() + " output: use " + formats());
        }
        body.writeTo(out);
        out.flush();
    }

    public boolean has(Format format) {
        return writers.containsKey(format);
    }

    private String formats() {
        return writers.keySet().stream().sorted().map(Format::label).collect(Collectors.joining(" or "));
    }
}
