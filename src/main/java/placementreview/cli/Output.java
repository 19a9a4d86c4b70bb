package placementreview.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import placementreview.io.InputException;

/** --out FILE (default: standard output), written as UTF-8. */
final class Output {
    @Option(names = "--out", paramLabel = "FILE", description = "write the output to FILE instead of the terminal")
    Path out;

    interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    void write(PrintWriter terminal, Body body) {
        if (out == null) {
            try {
                body.writeTo(terminal);
            } catch (IOException e) {
                throw new InputException("cannot write the output: " + e.getMessage());
            }
            terminal.flush();
            return;
        }
        try (Writer file = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
            body.writeTo(file);
        } catch (IOException e) {
            throw new InputException(out + ": cannot write the output: " + e.getMessage());
        }
    }
}
