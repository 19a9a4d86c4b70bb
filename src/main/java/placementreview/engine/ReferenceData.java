package placementreview.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import placementreview.io.CsvTable;
import placementreview.model.BenchmarkRate;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.FrameworkRate;
import placementreview.model.NeedBand;
import placementreview.model.NeedBandRate;
import placementreview.model.PlacementType;
import placementreview.model.PolicyParameter;
import placementreview.model.SavingOverlap;

/**
 * The tables in rules/reference/, loaded as facts every session sees. Every row must cite a source; a malformed row
 * stops the run, naming the file, the row and the column.
 */
public record ReferenceData(List<Object> facts, Map<DstDomain, DstLevel> dstCeilings) {

    static ReferenceData load(RuleFolder folder) {
        List<Object> facts = new ArrayList<>();
        Map<DstDomain, DstLevel> ceilings = new EnumMap<>(DstDomain.class);
        for (Path file : folder.files()) {
            String name = folder.relative(file);
            if (!name.startsWith("reference/") || !name.endsWith(".csv")) {
                continue;
            }
            String base = name.substring("reference/".length());
            List<Map<String, String>> rows = readRows(folder, name, file);
            for (int i = 0; i < rows.size(); i++) {
                Row row = new Row(folder.display(name), i + 2, rows.get(i));
                row.text("source");
                if (base.startsWith("parameters")) {
                    facts.add(new PolicyParameter(row.text("name"), row.number("value"), row.text("unit"),
                            row.text("source")));
                } else if (base.startsWith("benchmark-rates")) {
                    facts.add(new BenchmarkRate(row.enumValue("type", PlacementType.class), row.number("weekly"),
                            row.text("basis"), row.text("source")));
                } else if (base.startsWith("need-band-rates")) {
                    facts.add(new NeedBandRate(row.enumValue("type", PlacementType.class),
                            row.enumValue("band", NeedBand.class), row.number("weekly"), row.text("basis"),
                            row.text("source")));
                } else if (base.startsWith("framework-rates")) {
                    facts.add(new FrameworkRate(row.enumValue("type", PlacementType.class), row.number("weekly"),
                            row.text("basis"), row.text("source")));
                } else if (base.startsWith("saving-overlap")) {
                    facts.add(new SavingOverlap(row.text("family"), row.text("reduces"), row.text("source")));
                } else if (base.startsWith("step-down-routes")) {
                    facts.add(StepDownRoutes.route(row.cells(), row::error));
                } else if (base.startsWith("dst-domain-ceilings")) {
                    DstDomain domain = DstDomain.fromKey(row.text("domain"));
                    if (domain == null) {
                        throw row.error("domain", "is not one of the ten DST domains");
                    }
                    ceilings.put(domain, row.enumValue("ceiling", DstLevel.class));
                }
            }
        }
        for (DstDomain domain : DstDomain.values()) {
            ceilings.putIfAbsent(domain, DstLevel.PRIORITY);
        }
        return new ReferenceData(List.copyOf(facts), Map.copyOf(ceilings));
    }

    public List<PolicyParameter> parameters() {
        return facts.stream().filter(PolicyParameter.class::isInstance).map(PolicyParameter.class::cast).toList();
    }

    /** A parameter Java reads too, as a whole number of 1 or more; missing or anything else stops the run (exit 2). */
    public int positiveInt(String name) {
        PolicyParameter parameter = parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new RulebaseException("rules/reference: parameter " + name
                        + " is not defined in any parameters*.csv"));
        try {
            int value = parameter.intValue();
            if (value >= 1) {
                return value;
            }
        } catch (ArithmeticException e) {
            // falls through to the message below
        }
        throw new RulebaseException("rules/reference: parameter " + name + " must be a whole number of 1 or more, not "
                + parameter.value().toPlainString());
    }

    /** The saving-overlap table: which part of the cost each option family reduces. */
    public List<SavingOverlap> savingOverlaps() {
        return facts.stream().filter(SavingOverlap.class::isInstance).map(SavingOverlap.class::cast).toList();
    }

    private static List<Map<String, String>> readRows(RuleFolder folder, String name, Path file) {
        try {
            return CsvTable.read(file);
        } catch (IOException | RuntimeException e) {
            throw new RulebaseException(folder.display(name) + ": not a readable CSV table: " + e.getMessage());
        }
    }

    private record Row(String file, int line, Map<String, String> cells) {
        String text(String column) {
            String value = cells.get(column);
            if (value == null || value.isBlank()) {
                throw error(column, "is missing (every reference row needs it)");
            }
            return value;
        }

        BigDecimal number(String column) {
            try {
                return new BigDecimal(text(column));
            } catch (NumberFormatException e) {
                throw error(column, "is not a number: " + cells.get(column));
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            try {
                return Enum.valueOf(type, text(column));
            } catch (IllegalArgumentException e) {
                throw error(column, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }

        RulebaseException error(String column, String message) {
            return new RulebaseException(file + ":" + line + ": column " + column + " " + message);
        }
    }
}
