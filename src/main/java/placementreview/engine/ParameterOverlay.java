package placementreview.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.io.InputException;
import placementreview.model.PolicyParameter;

/**
 * Policy parameters changed in memory ({@code --set NAME=VALUE}), without copying the rule folder: the same compiled
 * rules, the reference facts with the named parameters' values replaced. Each name must be a parameter the tables
 * define and each value of the kind its unit says (a flag 0 or 1, a date yyyymmdd, pounds, a percentage, a whole
 * number of weeks...); otherwise nothing runs and the message names the setting and the closest known name.
 * <p>
 * The changed rulebase's version is a SHA-256 over the base version and the settings (name=value lines in name
 * order), so an output is tied to the rules and to what was set.
 */
public final class ParameterOverlay {
    private ParameterOverlay() {
    }

    /** One setting: a parameter, its value in the tables, the value set, its unit, source and where it is defined. */
    public record Setting(String name, BigDecimal before, BigDecimal after, String unit, String source,
                          String definedAt) {
        /** "very-high-cost-weekly=12000", as written on the command line. */
        public String text() {
            return name + "=" + after.toPlainString();
        }
    }

    /** Parses "NAME=VALUE" settings (the web's "NAME:VALUE" is accepted too) against the rulebase's parameters. */
    public static List<Setting> parse(Rulebase base, List<String> settings) {
        Map<String, PolicyParameter> parameters = new TreeMap<>();
        base.reference().parameters().forEach(p -> parameters.put(p.name(), p));
        Map<String, Setting> out = new LinkedHashMap<>();
        for (String text : settings) {
            int at = separator(text);
            if (at <= 0 || at == text.length() - 1) {
                throw new InputException("--set " + text + ": write NAME=VALUE, e.g. --set very-high-cost-weekly=12000");
            }
            String name = text.substring(0, at).strip();
            String value = text.substring(at + 1).strip();
            PolicyParameter parameter = parameters.get(name);
            if (parameter == null) {
                throw new InputException("--set " + text + ": no policy parameter is named \"" + name
                        + "\" (closest: " + Nearest.to(name, parameters.keySet()) + ")");
            }
            ParameterKind kind = ParameterKind.ofUnit(parameter.unit());
            BigDecimal number = number(value);
            if (number == null || !kind.accepts(number)) {
                throw new InputException("--set " + text + ": " + name + " (" + parameter.unit() + ") must be "
                        + kind.description() + ", not \"" + value + "\"");
            }
            if (out.containsKey(name)) {
                throw new InputException("--set " + text + ": " + name + " is set twice");
            }
            out.put(name, new Setting(name, parameter.value(), number, parameter.unit(), parameter.source(),
                    base.reference().names().parameters().get(name)));
        }
        return List.copyOf(out.values());
    }

    /** The rulebase with the settings applied: same rules, same catalogue, the parameters' values replaced. */
    public static Rulebase apply(Rulebase base, List<Setting> settings) {
        Map<String, BigDecimal> values = new TreeMap<>();
        settings.forEach(s -> values.put(s.name(), s.after()));
        List<Object> facts = new ArrayList<>(base.reference().facts().size());
        for (Object fact : base.reference().facts()) {
            if (fact instanceof PolicyParameter p && values.containsKey(p.name())) {
                facts.add(p.withValue(values.get(p.name())));
            } else {
                facts.add(fact);
            }
        }
        ReferenceData reference = new ReferenceData(List.copyOf(facts), base.reference().dstCeilings(),
                base.reference().names(), base.reference().prices().copy());
        String label = base.source() + " with --set " + String.join(" --set ",
                values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString()).toList());
        return new Rulebase(base.kieBase(), version(base.version(), values), label, base.catalogue(), reference,
                base.warnings());
    }

    static String version(String baseVersion, Map<String, BigDecimal> values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(baseVersion.getBytes(StandardCharsets.UTF_8));
            values.forEach((name, value) -> digest.update(("\n" + name + "=" + value.toPlainString())
                    .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int separator(String text) {
        int equals = text.indexOf('=');
        return equals >= 0 ? equals : text.lastIndexOf(':');
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
