package placementreview.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The child's Decision Support Tool profile: a level per care domain; an absent domain is not known. */
public record Needs(Map<DstDomain, DstLevel> levels) {
    public static final Needs UNKNOWN = new Needs(Map.of());

    public Needs {
        EnumMap<DstDomain, DstLevel> copy = new EnumMap<>(DstDomain.class);
        copy.putAll(levels);
        levels = Collections.unmodifiableMap(copy);
    }

    public DstLevel level(DstDomain domain) {
        return levels.get(domain);
    }

    /** Number of domains recorded at exactly this level. */
    public int countAt(DstLevel level) {
        return (int) levels.values().stream().filter(l -> l == level).count();
    }

    /** Number of domains recorded at this level or above. */
    public int countAtLeast(DstLevel level) {
        return (int) levels.values().stream().filter(l -> l.atLeast(level)).count();
    }

    public boolean isComplete() {
        return levels.size() == DstDomain.values().length;
    }

    /** The domains recorded at this level or above, as "domain LEVEL", in DST order (for titles and evidence). */
    public List<String> domainsAtLeast(DstLevel level) {
        return levels.entrySet().stream().filter(e -> e.getValue().atLeast(level))
                .map(e -> e.getKey().key() + " " + e.getValue()).toList();
    }

    /** The case-file names of the domains whose level is not known, in DST order. */
    public List<String> unknownDomains() {
        return java.util.Arrays.stream(DstDomain.values()).filter(d -> !levels.containsKey(d))
                .map(DstDomain::key).toList();
    }
}
