package placementreview.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source text of each rule as an auditor reads it in the rule file: the {@code rule "..." ... end} block, keyed
 * by the rule's @id, each file's header comment (what the family decides and where that comes from), and the
 * reference tables with the rows each rule reads.
 */
public final class RuleSources {
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");

    private final Map<String, String> byId;
    private final Map<String, String> headers;
    private final ReferenceCatalogue reference;

    private RuleSources(Map<String, String> byId, Map<String, String> headers, ReferenceCatalogue reference) {
        this.byId = byId;
        this.headers = headers;
        this.reference = reference;
    }

    /** Reads every .drl file of the folder once. */
    public static RuleSources of(RuleFolder folder) {
        Map<String, String> byId = new TreeMap<>();
        Map<String, String> headers = new TreeMap<>();
        for (Path file : folder.files()) {
            String relative = folder.relative(file);
            if (!relative.endsWith(".drl")) {
                continue;
            }
            List<String> lines = lines(file);
            headers.put(folder.display(relative), header(lines));
            blocks(lines).forEach(block -> {
                Matcher id = ID.matcher(block);
                if (id.find()) {
                    byId.put(id.group(1), block);
                }
            });
        }
        return new RuleSources(Map.copyOf(byId), Map.copyOf(headers), ReferenceCatalogue.of(folder));
    }

    /** The rule's {@code rule ... end} text as written in its file, or null if the id is not found. */
    public String source(String ruleId) {
        return byId.get(ruleId);
    }

    /** The reference tables as written in reference/, every column shown. */
    public List<ReferenceCatalogue.Table> referenceTables() {
        return reference.tables();
    }

    /** The reference rows and tables the rule reads (none if its id is not found). */
    public List<ReferenceCatalogue.Read> reads(String ruleId) {
        String source = byId.get(ruleId);
        return source == null ? List.of() : reference.reads(source);
    }

    /** The comment lines at the top of a rule file (without the // markers), by the file's display path. */
    public String header(String displayPath) {
        return headers.get(displayPath);
    }

    static List<String> blocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (current == null && RULE_START.matcher(line).find()) {
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(line).append('\n');
                if (END.matcher(line).matches()) {
                    blocks.add(current.toString());
                    current = null;
                }
            }
        }
        return blocks;
    }

    static String header(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("//")) {
                break;
            }
            text.append(trimmed.substring(2).strip()).append('\n');
        }
        return text.toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
