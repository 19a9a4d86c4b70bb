package placementreview.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses a rule folder that cannot be right before any file in it is parsed: no rule files, no reference tables,
 * too many or too large files (which would otherwise end in an out-of-memory failure), or text that is not UTF-8.
 * Each refusal is one line naming the folder or the file.
 */
final class RuleFolderShape {
    /** Ten times the largest packaged rule file: generous for a council's edits, small enough to read safely. */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final long MAX_FOLDER_BYTES = 16 * 1024 * 1024;
    static final int MAX_FILES = 1_000;

    private RuleFolderShape() {
    }

    static void check(RuleFolder folder) {
        List<Path> files = folder.files();
        if (files.size() > MAX_FILES) {
            throw new RulebaseException("rule folder " + folder.label() + " has " + files.size()
                    + " files; a rule folder holds at most " + MAX_FILES);
        }
        long total = 0;
        boolean rules = false;
        boolean tables = false;
        for (Path file : files) {
            String relative = folder.relative(file);
            long size = size(folder, relative, file);
            if (size > MAX_FILE_BYTES) {
                throw new RulebaseException(folder.display(relative) + ": " + size + " bytes; a rule folder file may"
                        + " be at most " + MAX_FILE_BYTES + " bytes");
            }
            total += size;
            if (total > MAX_FOLDER_BYTES) {
                throw new RulebaseException("rule folder " + folder.label() + " holds more than " + MAX_FOLDER_BYTES
                        + " bytes; is it the right folder?");
            }
            rules |= relative.endsWith(".drl");
            tables |= relative.startsWith("reference/") && relative.endsWith(".csv");
            if (relative.endsWith(".drl") || relative.endsWith(".csv")) {
                requireUtf8(folder, relative, file);
            }
        }
        if (!rules) {
            throw new RulebaseException("rule folder " + folder.label() + " has no .drl rule files;"
                    + " is it the right folder?");
        }
        if (!tables) {
            throw new RulebaseException("rule folder " + folder.label() + " has no reference/*.csv tables,"
                    + " which the rules read their thresholds and rates from");
        }
    }

    private static long size(RuleFolder folder, String relative, Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RulebaseException(folder.display(relative) + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void requireUtf8(RuleFolder folder, String relative, Path file) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            throw new RulebaseException(folder.display(relative) + ": not UTF-8 text (save it as UTF-8)");
        } catch (IOException e) {
            throw new RulebaseException(folder.display(relative) + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
