package placementreview.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import placementreview.io.CsvTable;

/**
 * What differs between two rule folders, as an auditor checks a policy change: every file whose SHA-256 differs;
 * within a reference table the rows added, removed and the cells changed (each with the row's source); within the
 * rule files the rules added, removed or changed, by @id (a rule is changed when its text differs, ignoring
 * trailing spaces). Both folders have already loaded, so every table is one the loader knows.
 */
public final class RuleFolderDiff {
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");

    private RuleFolderDiff() {
    }

    /** The files of the folder with their SHA-256, by relative path. */
    public static Map<String, String> hashes(RuleFolder folder) {
        Map<String, String> out = new TreeMap<>();
        for (Path file : folder.files()) {
            out.put(folder.relative(file), sha256(file));
        }
        return out;
    }

    public static List<RuleChange> between(RuleFolder base, RuleFolder changed) {
        Map<String, String> before = hashes(base);
        Map<String, String> after = hashes(changed);
        Map<String, RuleText> rulesBefore = rules(base);
        Map<String, RuleText> rulesAfter = rules(changed);
        Set<String> files = new TreeSet<>(before.keySet());
        files.addAll(after.keySet());
        List<RuleChange> out = new ArrayList<>();
        for (String file : files) {
            String shaBefore = before.get(file);
            String shaAfter = after.get(file);
            if (Objects.equals(shaBefore, shaAfter)) {
                continue;
            }
            String change = shaBefore == null ? RuleChange.ADDED : shaAfter == null ? RuleChange.REMOVED
                    : RuleChange.CHANGED;
            List<RuleChange.Row> rows = file.startsWith("reference/") && file.endsWith(".csv")
                    ? rows(file, table(base, file, shaBefore), table(changed, file, shaAfter)) : List.of();
            List<RuleChange.Rule> rules = file.endsWith(".drl") ? rules(file, rulesBefore, rulesAfter) : List.of();
            out.add(new RuleChange(file, change, shaBefore, shaAfter, rows, rules));
        }
        return List.copyOf(out);
    }

    /** The parameters set in memory, as rows changed in the files that define them (the files themselves unchanged). */
    public static List<RuleChange> of(RuleFolder base, List<ParameterOverlay.Setting> settings) {
        Map<String, String> hashes = hashes(base);
        Map<String, List<RuleChange.Row>> byFile = new TreeMap<>();
        for (ParameterOverlay.Setting s : settings) {
            String file = relativeFile(s.definedAt());
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new RuleChange.Row(s.name(), RuleChange.CHANGED,
                    List.of(new RuleChange.Cell("value", s.before().toPlainString(), s.after().toPlainString())),
                    s.source()));
        }
        List<RuleChange> out = new ArrayList<>();
        byFile.forEach((file, rows) -> out.add(new RuleChange(file, RuleChange.SET, hashes.get(file), null,
                List.copyOf(rows), List.of())));
        return List.copyOf(out);
    }

    /** "reference/parameters.csv" from where a row is defined ("rules/reference/parameters.csv:2" or a full path). */
    private static String relativeFile(String definedAt) {
        String path = definedAt.substring(0, definedAt.lastIndexOf(':')).replace('\\', '/');
        int reference = path.lastIndexOf("reference/");
        return reference >= 0 ? path.substring(reference) : path;
    }

    private static List<RuleChange.Row> rows(String file, List<Map<String, String>> before,
                                             List<Map<String, String>> after) {
        ReferenceTable table = ReferenceTable.of(file.substring("reference/".length()));
        List<String> keyColumns = table == null ? List.of() : table.keyColumns();
        Map<String, Map<String, String>> rowsBefore = byKey(before, keyColumns);
        Map<String, Map<String, String>> rowsAfter = byKey(after, keyColumns);
        Set<String> keys = new TreeSet<>(rowsBefore.keySet());
        keys.addAll(rowsAfter.keySet());
        List<RuleChange.Row> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, String> b = rowsBefore.get(key);
            Map<String, String> a = rowsAfter.get(key);
            if (b == null) {
                out.add(new RuleChange.Row(key, RuleChange.ADDED, cells(Map.of(), a), a.get("source")));
            } else if (a == null) {
                out.add(new RuleChange.Row(key, RuleChange.REMOVED, cells(b, Map.of()), b.get("source")));
            } else {
                List<RuleChange.Cell> cells = cells(b, a);
                if (!cells.isEmpty()) {
                    out.add(new RuleChange.Row(key, RuleChange.CHANGED, cells, a.get("source")));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, List<String> keyColumns) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String key = keyColumns.isEmpty() ? "row " + (i + 2)
                    : String.join(", ", keyColumns.stream().map(c -> Objects.toString(row.get(c), "")).toList());
            out.put(key, row);
        }
        return out;
    }

    /** The cells that differ, in column order (the changed side's columns first, then any the base alone has). */
    private static List<RuleChange.Cell> cells(Map<String, String> before, Map<String, String> after) {
        Set<String> columns = new LinkedHashSet<>(after.keySet());
        columns.addAll(before.keySet());
        List<RuleChange.Cell> out = new ArrayList<>();
        for (String column : columns) {
            String b = before.get(column);
            String a = after.get(column);
            if (!Objects.equals(b, a)) {
                out.add(new RuleChange.Cell(column, b, a));
            }
        }
        return out;
    }

    private static List<RuleChange.Rule> rules(String file, Map<String, RuleText> before, Map<String, RuleText> after) {
        Set<String> ids = new TreeSet<>((a, b) -> RulebaseLoader.compareIds(a, b));
        before.forEach((id, rule) -> {
            if (rule.file().equals(file)) {
                ids.add(id);
            }
        });
        after.forEach((id, rule) -> {
            if (rule.file().equals(file)) {
                ids.add(id);
            }
        });
        List<RuleChange.Rule> out = new ArrayList<>();
        for (String id : ids) {
            RuleText b = before.get(id);
            RuleText a = after.get(id);
            if (a != null && a.file().equals(file)) {
                if (b == null) {
                    out.add(new RuleChange.Rule(id, RuleChange.ADDED, a.name(), null));
                } else if (!b.file().equals(file)) {
                    out.add(new RuleChange.Rule(id, RuleChange.CHANGED, a.name(), b.file()));
                } else if (!b.text().equals(a.text())) {
                    out.add(new RuleChange.Rule(id, RuleChange.CHANGED, a.name(), null));
                }
            } else if (a == null) {
                out.add(new RuleChange.Rule(id, RuleChange.REMOVED, b.name(), null));
            }
            // else the rule moved away from this file: listed under the file it moved to
        }
        return List.copyOf(out);
    }

    private record RuleText(String file, String name, String text) {
    }

    private static Map<String, RuleText> rules(RuleFolder folder) {
        Map<String, RuleText> out = new TreeMap<>();
        for (Path file : folder.files()) {
            String relative = folder.relative(file);
            if (!relative.endsWith(".drl")) {
                continue;
            }
            List<String> lines = readLines(file).stream().map(String::stripTrailing).toList();
            for (String block : RuleSources.blocks(lines)) {
                Matcher id = ID.matcher(block);
                Matcher name = NAME.matcher(block);
                if (id.find()) {
                    out.put(id.group(1), new RuleText(relative, name.find() ? name.group(1) : "", block));
                }
            }
        }
        return out;
    }

    private static List<Map<String, String>> table(RuleFolder folder, String file, String sha) {
        if (sha == null) {
            return List.of();
        }
        try {
            return CsvTable.read(folder.root().resolve(file));
        } catch (IOException e) {
            throw new RulebaseException(folder.display(file) + ": not a readable CSV table: " + e.getMessage());
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
