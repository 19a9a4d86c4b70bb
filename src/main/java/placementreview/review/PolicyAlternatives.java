package placementreview.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;
import placementreview.io.InputException;

/**
 * The base rules and the named alternative rule folders a service may compare a caseload against. Rule folders are
 * code, so they are named when the service starts ({@code serve --alternative NAME=DIR}), loaded and checked then,
 * and never taken from a request; a request picks one by name and may set parameters on top ({@code set=NAME:VALUE}).
 */
public final class PolicyAlternatives {
    private final RuleFolder baseFolder;
    private final Rulebase base;
    private final Map<String, Named> named;

    private record Named(RuleFolder folder, PolicyComparison comparison) {
    }

    private PolicyAlternatives(RuleFolder baseFolder, Rulebase base, Map<String, Named> named) {
        this.baseFolder = baseFolder;
        this.base = base;
        this.named = named;
    }

    /** Loads every alternative ("NAME=DIR"); a folder that does not load stops the start, naming it. */
    public static PolicyAlternatives load(RuleFolder baseFolder, Rulebase base, List<String> alternatives) {
        Map<String, Named> named = new TreeMap<>();
        for (String text : alternatives) {
            int at = text.indexOf('=');
            String name = at > 0 ? text.substring(0, at).strip() : "";
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") || at == text.length() - 1) {
                throw new InputException("--alternative " + text + ": write NAME=DIR, the name letters, digits, "
                        + "'.', '_' or '-' (e.g. --alternative cap-3pc=rules-cap-3pc)");
            }
            if (named.containsKey(name)) {
                throw new InputException("--alternative " + text + ": " + name + " is named twice");
            }
            RuleFolder folder = RuleFolder.of(Path.of(text.substring(at + 1).strip()));
            Rulebase rulebase = RulebaseLoader.load(folder);
            named.put(name, new Named(folder, PolicyComparison.against(baseFolder, base, folder, rulebase)));
        }
        return new PolicyAlternatives(baseFolder, base, Map.copyOf(named));
    }

    public static PolicyAlternatives none(RuleFolder baseFolder, Rulebase base) {
        return new PolicyAlternatives(baseFolder, base, Map.of());
    }

    /** The alternatives by name, each with its rulebase version. */
    public Map<String, String> versions() {
        Map<String, String> out = new TreeMap<>();
        named.forEach((name, n) -> out.put(name, n.comparison().changed().rulebase().version()));
        return out;
    }

    /**
     * The comparison a request asks for: against a named alternative, with parameters set on it, or the base rules
     * with parameters set. Unknown names and bad settings are {@link InputException}s naming them.
     */
    public PolicyComparison comparison(String against, List<String> settings) {
        if (against == null) {
            if (settings.isEmpty()) {
                throw new InputException("give against=NAME (one of " + names() + ") or set=NAME:VALUE");
            }
            return PolicyComparison.withSettings(baseFolder, base, settings);
        }
        Named n = named.get(against);
        if (n == null) {
            throw new InputException("no alternative is named \"" + against + "\"; the service has " + names());
        }
        return settings.isEmpty() ? n.comparison() : n.comparison().withSettings(n.folder(), settings);
    }

    private String names() {
        return named.isEmpty() ? "none (start it with --alternative NAME=DIR)" : String.join(", ", named.keySet());
    }
}
