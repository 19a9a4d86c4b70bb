package placementreview.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One case file to read: a file on disk, or stored bytes (a receipt's input, replayed under the name it was read
 * with, so every message and rejection names it as the original run did).
 */
public interface CaseSource {
    /** How messages and rejections name this input: the path as given, or e.g. "request body". */
    String name();

    boolean csv();

    InputStream open() throws IOException;

    long size() throws IOException;

    static CaseSource file(Path file) {
        String name = file.toString();
        return new CaseSource() {
            public String name() {
                return name;
            }

            public boolean csv() {
                return name.toLowerCase(Locale.ROOT).endsWith(".csv");
            }

            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            /** -1 (not known until read) for a FIFO or /dev/stdin: only a regular file has a size beforehand. */
            public long size() throws IOException {
                return Files.isRegularFile(file) ? Files.size(file) : -1;
            }
        };
    }

    static CaseSource bytes(String name, boolean csv, byte[] content) {
        return new CaseSource() {
            public String name() {
                return name;
            }

            public boolean csv() {
                return csv;
            }

            public InputStream open() {
                return new ByteArrayInputStream(content);
            }

            public long size() {
                return content.length;
            }
        };
    }
}
