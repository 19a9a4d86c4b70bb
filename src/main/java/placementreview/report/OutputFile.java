package placementreview.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import placementreview.io.InputException;

/**
 * Writes an output file so that no reader ever sees half of it and nobody else can read it: the body goes to a
 * temporary file in the same folder, created owner-only (0600), which then replaces the target in one rename. A
 * failure part way leaves the old file as it was. A symbolic link is never written through.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** Writes bytes: what a text body and a generated case file both come down to. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text as UTF-8 (a character that cannot be encoded is an error, never a silent replacement). */
    public static void write(Path target, Report.Body body) {
        writeBytes(target, out -> {
            // closing flushes the text, and a body that closes the writer itself (a CSV writer does) is still fine
            try (Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()))) {
                body.writeTo(text);
            }
        });
    }

    public static void writeBytes(Path target, Bytes body) {
        if (Files.isSymbolicLink(target)) {
            throw new InputException(target + ": is a symbolic link; write to the file itself, not through a link");
        }
        if (Files.isDirectory(target)) {
            throw new InputException(target + ": is a folder; give a file name to write the output to");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part", ownerOnly());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                body.writeTo(out);
            }
            move(temporary, target);
        } catch (IOException e) {
            throw new InputException(target + ": cannot write the output: " + e.getMessage());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temporary file is owner-only and named after the target; a leftover is harmless
        }
    }
}
