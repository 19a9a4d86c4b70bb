package placementreview.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import placementreview.io.CsvTable;

/**
 * The reference tables as an auditor reads them (every column as written, {@code source} included) and, for each
 * rule, the reference rows and tables it reads: the names the load's link checks find in its text (RuleLinks).
 */
public final class ReferenceCatalogue {
    private static final String OVERLAP_FILE = "saving-overlap.csv";
    private static final String ROUTES_FILE = "step-down-routes.csv";

    /** One reference file: its columns and rows as text; row i (from 0) is on line i + 2 of the file. */
    public record Table(String file, List<String> columns, List<List<String>> rows) {
        /** The line of the first row whose column holds the value, or 0 if none does. */
        int lineOf(String column, String value) {
            int at = columns.indexOf(column);
            for (int i = 0; at >= 0 && i < rows.size(); i++) {
                if (value.equals(rows.get(i).get(at))) {
                    return i + 2;
                }
            }
            return 0;
        }
    }

    /**
     * What a rule reads: {@code kind} parameter, family, criterion (a step-down criterion the routes need), table (a
     * reference fact it matches) or cited (a file its text names); {@code line} the row's line, 0 for the whole table.
     */
    public record Read(String kind, String name, String file, int line) {
    }

    private final List<Table> tables;

    private ReferenceCatalogue(List<Table> tables) {
        this.tables = tables;
    }

    /** Reads the folder's reference/*.csv files as they are written (the loader has already checked them). */
    static ReferenceCatalogue of(RuleFolder folder) {
        List<Table> tables = new ArrayList<>();
        for (Path file : folder.files()) {
            String name = folder.relative(file);
            if (name.startsWith("reference/") && name.endsWith(".csv")) {
                tables.add(table(name.substring("reference/".length()), file));
            }
        }
        return new ReferenceCatalogue(List.copyOf(tables));
    }

    public List<Table> tables() {
        return tables;
    }

    /** The reference rows and tables a rule's text reads, in the order it names them. */
    List<Read> reads(String ruleSource) {
        RuleLinks.Uses uses = RuleLinks.usesOf(ruleSource);
        Set<Read> reads = new LinkedHashSet<>();
        for (String parameter : uses.parameters()) {
            tables.stream().filter(t -> ReferenceTable.of(t.file()) == ReferenceTable.PARAMETERS)
                    .filter(t -> t.lineOf("name", parameter) > 0).findFirst()
                    .ifPresent(t -> reads.add(new Read("parameter", parameter, t.file(), t.lineOf("name", parameter))));
        }
        for (String family : uses.families()) {
            table(OVERLAP_FILE).ifPresent(t -> reads.add(new Read("family", family, t.file(), t.lineOf("family", family))));
        }
        for (String criterion : uses.criteria()) {
            table(ROUTES_FILE).ifPresent(t -> reads.add(new Read("criterion", criterion, t.file(), 0)));
        }
        Set<String> wholeTables = new LinkedHashSet<>();
        for (ReferenceTable fact : uses.facts()) {
            if (fact == ReferenceTable.PARAMETERS) {
                // matched by a name prefix (the risk-flag rules): the parameter files the rule cites, else them all
                List<String> cited = uses.citedFiles().stream()
                        .filter(f -> ReferenceTable.of(f) == ReferenceTable.PARAMETERS).toList();
                if (uses.parameters().isEmpty()) {
                    tables.stream().filter(t -> ReferenceTable.of(t.file()) == fact)
                            .filter(t -> cited.isEmpty() || cited.contains(t.file()))
                            .forEach(t -> wholeTables.add(t.file()));
                }
            } else {
                tables.stream().filter(t -> ReferenceTable.of(t.file()) == fact).forEach(t -> wholeTables.add(t.file()));
            }
        }
        wholeTables.forEach(file -> reads.add(new Read("table", file, file, 0)));
        uses.citedFiles().stream().filter(f -> table(f).isPresent())
                .filter(f -> reads.stream().noneMatch(r -> r.file().equals(f)))
                .forEach(f -> reads.add(new Read("cited", f, f, 0)));
        return List.copyOf(reads);
    }

    private Optional<Table> table(String file) {
        return tables.stream().filter(t -> t.file().equals(file)).findFirst();
    }

    private static Table table(String file, Path path) {
        try {
            List<Map<String, String>> rows = CsvTable.read(path);
            List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
            return new Table(file, columns, rows.stream()
                    .map(row -> columns.stream().map(c -> row.getOrDefault(c, "")).toList()).toList());
        } catch (IOException e) {
            throw new RulebaseException("reference/" + file + ": not a readable CSV table: " + e.getMessage());
        }
    }
}
