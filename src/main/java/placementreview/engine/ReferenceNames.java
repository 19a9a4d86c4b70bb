package placementreview.engine;

import java.util.Map;
import java.util.Set;

/**
 * The names the reference tables define, each with where it is defined ("rules/reference/parameters.csv:3"), so the
 * loader can check every name a rule file uses (RuleLinks).
 *
 * @param parameters    policy parameter names
 * @param families      option families in saving-overlap.csv
 * @param routeCriteria step-down criterion keys the routes need, at the first route that names each
 * @param factTypes     the reference facts with at least one row (BenchmarkRate, NeedBandRate, ...)
 * @param files         the file names present in reference/ ("need-band-rates.csv")
 */
public record ReferenceNames(Map<String, String> parameters, Map<String, String> families,
                             Map<String, String> routeCriteria, Set<Class<?>> factTypes, Set<String> files) {
}
