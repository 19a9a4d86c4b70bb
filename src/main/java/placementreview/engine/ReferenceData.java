package placementreview.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import placementreview.io.CsvTable;
import placementreview.model.BenchmarkRate;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.FrameworkRate;
import placementreview.model.NeedBand;
import placementreview.model.NeedBandDefinition;
import placementreview.model.NeedBandRate;
import placementreview.model.NeedBands;
import placementreview.model.PlacementType;
import placementreview.model.PolicyParameter;
import placementreview.model.Priced;
import placementreview.model.RatePrice;
import placementreview.model.ReviewContext;
import placementreview.model.SavingOverlap;
import placementreview.model.StepDownRoute;

/**
 * The tables in rules/reference/, loaded as facts every session sees. Every row must cite a source; a malformed row,
 * a row defined twice or a file the loader does not know stops the run, naming the file, the row and the column.
 */
public record ReferenceData(List<Object> facts, Map<DstDomain, DstLevel> dstCeilings, ReferenceNames names,
                            PriceIndex prices) {

    /**
     * The facts as given, with the need band definitions worked out from the checklist parameters among them (a --set
     * value included); none when a parameter is missing ({@link #needBands()} then says which).
     */
    public ReferenceData {
        List<Object> withBands = new ArrayList<>(facts.size() + NeedBand.values().length + 1);
        facts.stream().filter(f -> !(f instanceof NeedBandDefinition)).forEach(withBands::add);
        BigDecimal high = value(withBands, NeedBands.HIGH_DOMAINS);
        BigDecimal severe = value(withBands, NeedBands.SEVERE_DOMAINS);
        if (high != null && severe != null) {
            NeedBands bands = new NeedBands(high, severe);
            for (NeedBand band : NeedBand.values()) {
                withBands.add(new NeedBandDefinition(band, bands));
            }
            withBands.add(new NeedBandDefinition(null, bands));
        }
        facts = List.copyOf(withBands);
    }

    static ReferenceData load(RuleFolder folder) {
        List<Object> facts = new ArrayList<>();
        Map<DstDomain, DstLevel> ceilings = new EnumMap<>(DstDomain.class);
        Names names = new Names();
        Map<String, PriceIndex.Entry> index = new TreeMap<>();
        List<PriceIndex.Rate> rates = new ArrayList<>();
        for (Path file : folder.files()) {
            String name = folder.relative(file);
            if (!name.startsWith("reference/") || name.endsWith(".md")) {
                continue;
            }
            if (!name.endsWith(".csv")) {
                throw new RulebaseException(folder.display(name) + ": the tool reads only CSV tables in reference/"
                        + " (save it as CSV, or move it out of the rule folder)");
            }
            String base = name.substring("reference/".length());
            ReferenceTable table = ReferenceTable.of(base);
            if (table == null) {
                throw new RulebaseException(folder.display(name) + ": not a reference table the tool reads (closest: "
                        + Nearest.to(base, ReferenceTable.fileNames()) + "; it reads "
                        + String.join(", ", ReferenceTable.fileNames()) + ")");
            }
            names.file(base);
            List<Map<String, String>> rows = readRows(folder, name, file);
            for (int i = 0; i < rows.size(); i++) {
                Row row = new Row(folder.display(name), i + 2, rows.get(i));
                row.text("source");
                names.define(table, row);
                if (table == ReferenceTable.PRICE_INDEX) {
                    index.put(row.year("year"), new PriceIndex.Entry(row.text("year"), row.positive("index"),
                            row.text("source"), row.where()));
                }
                Object fact = fact(table, row, ceilings);
                if (fact instanceof Priced priced && priced.price() != null) {
                    rates.add(new PriceIndex.Rate(row.where(), PriceIndex.label(fact), priced.price(),
                            priced.source()));
                }
                if (fact != null) {
                    facts.add(fact);
                    names.add(fact, row.where());
                }
            }
        }
        for (DstDomain domain : DstDomain.values()) {
            ceilings.putIfAbsent(domain, DstLevel.PRIORITY);
        }
        PriceIndex prices = new PriceIndex(index, folder.display(PriceIndex.FILE), rates);
        rates.forEach(rate -> prices.of(rate.price().priceYear(), "the rate at " + rate.where()));
        return new ReferenceData(List.copyOf(facts), Map.copyOf(ceilings), names.build(), prices);
    }

    /**
     * The facts a session sees for a review: every rate uplifted to the prices of the review's financial year. A
     * year with no row in reference/price-index.csv stops the run (exit 2), naming the table and the year.
     */
    public List<Object> factsAt(ReviewContext context) {
        return prices.facts(facts, context);
    }

    /** The fact one row defines (null for a DST ceiling, which goes into {@code ceilings} instead). */
    private static Object fact(ReferenceTable table, Row row, Map<DstDomain, DstLevel> ceilings) {
        return switch (table) {
            case PARAMETERS -> new PolicyParameter(row.text("name"), row.number("value"), row.text("unit"),
                    row.text("source"), row.optionalPrice("value"));
            case BENCHMARK_RATES -> new BenchmarkRate(row.enumValue("type", PlacementType.class),
                    row.number("weekly"), row.text("basis"), row.text("source"), row.price());
            case NEED_BAND_RATES -> new NeedBandRate(row.enumValue("type", PlacementType.class),
                    row.enumValue("band", NeedBand.class), row.number("weekly"), row.text("basis"),
                    row.text("source"), row.price());
            case FRAMEWORK_RATES -> new FrameworkRate(row.enumValue("type", PlacementType.class),
                    row.number("weekly"), row.text("basis"), row.text("source"), row.price());
            case SAVING_OVERLAP -> new SavingOverlap(row.text("family"), row.oneOf("reduces", SavingOverlap.PARTS),
                    row.text("source"));
            case STEP_DOWN_ROUTES -> StepDownRoutes.route(row.cells(), row::error).at(row.price());
            case PRICE_INDEX -> null;
            case DST_DOMAIN_CEILINGS -> {
                String key = row.text("domain");
                DstDomain domain = DstDomain.fromKey(key);
                if (domain == null) {
                    throw row.error("domain", "is not one of the ten DST domains: " + key + " (closest: "
                            + Nearest.to(key, DstDomain.keys()) + ")");
                }
                ceilings.put(domain, row.enumValue("ceiling", DstLevel.class));
                yield null;
            }
        };
    }

    public List<PolicyParameter> parameters() {
        return facts.stream().filter(PolicyParameter.class::isInstance).map(PolicyParameter.class::cast).toList();
    }

    /** How a DST profile is banded, with the checklist thresholds of these parameters. */
    public NeedBands needBands() {
        return facts.stream().filter(NeedBandDefinition.class::isInstance).map(NeedBandDefinition.class::cast)
                .map(NeedBandDefinition::bands).findFirst().orElseThrow(() -> new RulebaseException(
                        "rules/reference: parameters " + NeedBands.HIGH_DOMAINS + " and " + NeedBands.SEVERE_DOMAINS
                                + " must both be defined in parameters*.csv (the need band reads them)"));
    }

    private static BigDecimal value(List<Object> facts, String name) {
        return facts.stream().filter(PolicyParameter.class::isInstance).map(PolicyParameter.class::cast)
                .filter(p -> p.name().equals(name)).map(PolicyParameter::value).findFirst().orElse(null);
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

    /** The names being collected while the tables load; a row whose key columns repeat an earlier row stops the load. */
    private static final class Names {
        private final Map<String, String> parameters = new TreeMap<>();
        private final Map<String, String> families = new TreeMap<>();
        private final Map<String, String> routeCriteria = new TreeMap<>();
        private final Set<Class<?>> factTypes = new HashSet<>();
        private final Set<String> files = new TreeSet<>();
        private final Map<String, String> keys = new HashMap<>();

        void file(String name) {
            files.add(name);
        }

        void define(ReferenceTable table, Row row) {
            List<String> key = table.keyColumns().stream().map(row::text).toList();
            String earlier = keys.putIfAbsent(table + "|" + String.join("|", key), row.where());
            if (earlier != null) {
                throw row.error(String.join(" and ", table.keyColumns()), String.join(", ", key)
                        + " is already defined at " + earlier + " (each may be defined once)");
            }
        }

        void add(Object fact, String where) {
            factTypes.add(fact.getClass());
            if (fact instanceof PolicyParameter p) {
                parameters.put(p.name(), where);
            } else if (fact instanceof SavingOverlap o) {
                families.put(o.family(), where);
            } else if (fact instanceof StepDownRoute r) {
                r.criteria().forEach(c -> routeCriteria.putIfAbsent(c, where));
            }
        }

        ReferenceNames build() {
            return new ReferenceNames(Map.copyOf(parameters), Map.copyOf(families), Map.copyOf(routeCriteria),
                    Set.copyOf(factTypes), Set.copyOf(files));
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

        /** A financial year written as the tables write it, e.g. 2020-21. */
        String year(String column) {
            String value = text(column).trim();
            if (!RatePrice.isYear(value)) {
                throw error(column, "is not a financial year written like 2020-21: " + value);
            }
            return value;
        }

        BigDecimal positive(String column) {
            BigDecimal value = number(column);
            if (value.signum() <= 0) {
                throw error(column, "must be above zero: " + value.toPlainString());
            }
            return value;
        }

        /** The weekly rate and the financial year its price belongs to (columns weekly and priceYear). */
        RatePrice price() {
            return RatePrice.asRead(number("weekly"), year("priceYear"));
        }

        /** A parameter that is a price: the value and its priceYear; null for a policy line (no priceYear given). */
        RatePrice optionalPrice(String column) {
            String year = cells.get("priceYear");
            if (year == null || year.isBlank()) {
                return null;
            }
            return RatePrice.asRead(number(column), year("priceYear"));
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            try {
                return Enum.valueOf(type, text(column));
            } catch (IllegalArgumentException e) {
                throw error(column, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }

        /** The cell, which must be one of the given values (e.g. the parts of the cost a saving reduces). */
        String oneOf(String column, List<String> allowed) {
            String value = text(column);
            if (!allowed.contains(value)) {
                throw error(column, "is not one of " + allowed + ": " + value + " (closest: "
                        + Nearest.to(value, allowed) + ")");
            }
            return value;
        }

        String where() {
            return file + ":" + line;
        }

        RulebaseException error(String column, String message) {
            return new RulebaseException(file + ":" + line + ": column " + column + " " + message);
        }
    }
}
