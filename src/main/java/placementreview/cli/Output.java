package placementreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import placementreview.io.InputException;
import placementreview.report.Format;
import placementreview.report.OutputFile;
import placementreview.report.Report;

/** --out FILE (default: standard output), written as UTF-8; a file is replaced atomically and is owner-only. */
final class Output {
    @Option(names = "--out", paramLabel = "FILE", description = "write the output to FILE instead of the terminal")
    Path out;

    void write(PrintWriter terminal, Report report, Format format) {
        if (out != null) {
            OutputFile.write(out, writer -> report.write(format, writer));
            return;
        }
        try {
            report.write(format, terminal);
        } catch (IOException e) {
            throw new InputException("cannot write the output: " + e.getMessage());
        }
    }
}
