package placementreview.engine;

import java.util.Arrays;
import java.util.List;
import placementreview.model.BenchmarkRate;
import placementreview.model.FrameworkRate;
import placementreview.model.NeedBandRate;
import placementreview.model.PolicyParameter;
import placementreview.model.SavingOverlap;
import placementreview.model.StepDownRoute;

/**
 * The tables the loader reads from rules/reference/: the file name, the fact the rules match for each row (none for
 * the DST ceilings, which the case-file reader uses, nor for the price index, which uplifts the rates) and the columns that identify a row, so a row is never defined
 * twice. Parameters may be split over several files named parameters*.csv.
 */
enum ReferenceTable {
    PARAMETERS("parameters", PolicyParameter.class, "name"),
    BENCHMARK_RATES("benchmark-rates", BenchmarkRate.class, "type"),
    NEED_BAND_RATES("need-band-rates", NeedBandRate.class, "type", "band"),
    FRAMEWORK_RATES("framework-rates", FrameworkRate.class, "type"),
    SAVING_OVERLAP("saving-overlap", SavingOverlap.class, "family"),
    STEP_DOWN_ROUTES("step-down-routes", StepDownRoute.class, "route"),
    DST_DOMAIN_CEILINGS("dst-domain-ceilings", null, "domain"),
    PRICE_INDEX("price-index", null, "year");

    private final String name;
    private final Class<?> factType;
    private final List<String> keyColumns;

    ReferenceTable(String name, Class<?> factType, String... keyColumns) {
        this.name = name;
        this.factType = factType;
        this.keyColumns = List.of(keyColumns);
    }

    /** The table a file in reference/ holds ("parameters-step-down.csv" holds parameters), or null if none. */
    static ReferenceTable of(String fileName) {
        for (ReferenceTable table : values()) {
            if (fileName.equals(table.name + ".csv")
                    || table == PARAMETERS && fileName.startsWith(table.name + "-") && fileName.endsWith(".csv")) {
                return table;
            }
        }
        return null;
    }

    /** The table whose rows are facts of the type with this simple name ("NeedBandRate"), or null. */
    static ReferenceTable ofFact(String simpleName) {
        return Arrays.stream(values()).filter(t -> t.factType != null && t.factType.getSimpleName().equals(simpleName))
                .findFirst().orElse(null);
    }

    /** The file names the loader knows, as a council would write them. */
    static List<String> fileNames() {
        return Arrays.stream(values()).map(ReferenceTable::fileName).toList();
    }

    String fileName() {
        return this == PARAMETERS ? name + "*.csv" : name + ".csv";
    }

    Class<?> factType() {
        return factType;
    }

    List<String> keyColumns() {
        return keyColumns;
    }
}
