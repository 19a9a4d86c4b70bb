package placementreview.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import placementreview.model.NeedBands;
import placementreview.model.PolicyParameter;
import placementreview.model.StepDownCriterion;

/**
 * Checks, when the rules load, every name that ties a rule file to the reference tables or to the Java. A misspelt
 * name would otherwise switch a rule off without a word. The load stops, one line per broken link naming the file,
 * the line, the missing name and the closest defined one, when a rule file names
 * <ul>
 *   <li>a parameter no reference/parameters*.csv defines: {@code PolicyParameter( name == "..." )};</li>
 *   <li>a step-down criterion no route in step-down-routes.csv needs: {@code .criterion("...")},
 *       {@code StepDownCriterion( criterion == "..." )};</li>
 *   <li>an option family saving-overlap.csv does not list: {@code @family("...")};</li>
 *   <li>a reference fact (BenchmarkRate, NeedBandRate, ...) whose table is missing or empty;</li>
 *   <li>a reference file it cites (in a comment or a @policy) that is not in the folder;</li>
 * </ul>
 * and when a route needs a criterion no rule decides (it could never open), or the rules decide step-down criteria
 * but not one the Java reads. A parameter or family row nothing uses gives a warning, not a stop.
 */
final class RuleLinks {
    /** Parameters the Java reads by prefix (the forecast; the risk-flag rules through StepDownFacts). */
    private static final List<String> PARAMETER_PREFIXES_READ_BY_JAVA = List.of(PolicyParameter.RISK_FLAG_PREFIX,
            PolicyParameter.FORECAST_SLIP_PREFIX);
    /** Step-down criteria the Java reads from the rules' findings (review.StepDown). */
    private static final List<String> CRITERIA_READ_BY_JAVA = List.of(StepDownCriterion.SETTING);

    private static final Pattern PARAMETER_PATTERN = Pattern.compile("\\bPolicyParameter\\s*\\(");
    private static final Pattern PARAMETER_NAME = Pattern.compile("\\bname\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern CRITERION_PATTERN = Pattern.compile("\\bStepDownCriterion\\s*\\(");
    private static final Pattern CRITERION_MATCHED = Pattern.compile("\\bcriterion\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern CRITERION_DECIDED = Pattern.compile("\\.criterion\\(\\s*\"([^\"]*)\"");
    private static final Pattern FAMILY = Pattern.compile("@family\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern REFERENCE_FACT = Pattern.compile("\\b(" + Arrays.stream(ReferenceTable.values())
            .filter(t -> t.factType() != null).map(t -> t.factType().getSimpleName())
            .collect(Collectors.joining("|")) + ")\\s*\\(");
    /** A need band's definition is made from the continuing-care checklist's parameters (model/NeedBands). */
    private static final Pattern NEED_BAND_FACT = Pattern.compile("\\b(NeedBandDefinition)\\s*\\(");
    private static final Pattern CITED_FILE = Pattern.compile("([\\w-]+\\.csv)\\b");

    private final ReferenceNames defined;
    private final List<Link> problems = new ArrayList<>();
    private final Set<String> parametersUsed = new HashSet<>();
    private final Set<String> familiesUsed = new HashSet<>();
    private final Set<String> criteriaDecided = new HashSet<>();

    private RuleLinks(ReferenceNames defined) {
        this.defined = defined;
    }

    /** Checks every .drl file of the folder; returns the warnings, or throws naming every broken link. */
    static List<String> check(RuleFolder folder, ReferenceNames defined) {
        RuleLinks links = new RuleLinks(defined);
        for (Path file : folder.files()) {
            String relative = folder.relative(file);
            if (relative.endsWith(".drl")) {
                links.ruleFile(folder.display(relative), read(file));
            }
        }
        links.routesAndJava(folder.label());
        if (!links.problems.isEmpty()) {
            throw new RulebaseException(String.join("\n", lines(links.problems)));
        }
        return links.unused();
    }

    private void ruleFile(String file, String text) {
        RuleText rule = new RuleText(file, text);
        for (Link use : rule.inPatterns(PARAMETER_PATTERN, PARAMETER_NAME)) {
            parametersUsed.add(use.name());
            require(use, "parameter", defined.parameters().keySet(), "defined in reference/parameters*.csv");
        }
        List<Link> criteria = new ArrayList<>(rule.inPatterns(CRITERION_PATTERN, CRITERION_MATCHED));
        List<Link> decided = rule.all(CRITERION_DECIDED, rule.code());
        decided.forEach(use -> criteriaDecided.add(use.name()));
        criteria.addAll(decided);
        for (Link use : criteria) {
            require(use, "step-down criterion", defined.routeCriteria().keySet(),
                    "needed by any route in reference/step-down-routes.csv");
        }
        for (Link use : rule.all(FAMILY, rule.code())) {
            familiesUsed.add(use.name());
            require(use, "option family", defined.families().keySet(), "listed in reference/saving-overlap.csv");
        }
        for (Link use : rule.all(REFERENCE_FACT, rule.code())) {
            ReferenceTable table = ReferenceTable.ofFact(use.name());
            if (!defined.factTypes().contains(table.factType())) {
                problems.add(use.problem("matches " + use.name() + " but reference/" + table.fileName()
                        + " is missing or has no rows, so the rule could never fire as written"));
            }
        }
        for (Link use : rule.all(CITED_FILE, text)) {
            if (!defined.files().contains(use.name())) {
                problems.add(use.problem("cites " + use.name() + ", which is not in reference/ (closest: "
                        + Nearest.to(use.name(), defined.files()) + ")"));
            }
        }
    }

    /**
     * The reference names one rule's text uses, found as the load checks them: the parameters, option families and
     * step-down criteria it names, the reference facts it matches (by table) and the reference files it cites.
     */
    static Uses usesOf(String ruleSource) {
        RuleText rule = new RuleText("", ruleSource);
        List<String> criteria = new ArrayList<>(names(rule.inPatterns(CRITERION_PATTERN, CRITERION_MATCHED)));
        criteria.addAll(names(rule.all(CRITERION_DECIDED, rule.code())));
        List<String> parameters = new ArrayList<>(names(rule.inPatterns(PARAMETER_PATTERN, PARAMETER_NAME)));
        if (!rule.all(NEED_BAND_FACT, rule.code()).isEmpty()) {
            parameters.addAll(NeedBands.PARAMETERS);
        }
        return new Uses(parameters.stream().distinct().toList(),
                names(rule.all(FAMILY, rule.code())), criteria.stream().distinct().toList(),
                rule.all(REFERENCE_FACT, rule.code()).stream().map(use -> ReferenceTable.ofFact(use.name()))
                        .distinct().toList(),
                names(rule.all(CITED_FILE, ruleSource)));
    }

    /** What {@link #usesOf} finds, each list in the order of the rule's text, without repeats. */
    record Uses(List<String> parameters, List<String> families, List<String> criteria, List<ReferenceTable> facts,
                List<String> citedFiles) {
    }

    private static List<String> names(List<Link> links) {
        return links.stream().map(Link::name).distinct().toList();
    }

    private void routesAndJava(String folderLabel) {
        defined.routeCriteria().forEach((criterion, where) -> {
            if (!criteriaDecided.contains(criterion)) {
                problems.add(Link.at(where, criterion).problem("a route needs step-down criterion \"" + criterion
                        + "\", which no rule decides (closest: " + Nearest.to(criterion, criteriaDecided)
                        + "), so the route could never open"));
            }
        });
        if (!criteriaDecided.isEmpty()) {
            for (String criterion : CRITERIA_READ_BY_JAVA) {
                if (!criteriaDecided.contains(criterion)) {
                    problems.add(new Link(folderLabel, 0, criterion).problem("no rule decides step-down criterion \""
                            + criterion + "\", which the tool reads (closest: "
                            + Nearest.to(criterion, criteriaDecided) + ")"));
                }
            }
        }
    }

    private void require(Link use, String kind, Set<String> names, String whereDefined) {
        if (!names.contains(use.name())) {
            problems.add(use.problem(kind + " \"" + use.name() + "\" is not " + whereDefined + " (closest: "
                    + Nearest.to(use.name(), names) + ")"));
        }
    }

    private List<String> unused() {
        List<Link> warnings = new ArrayList<>();
        defined.parameters().forEach((name, where) -> {
            boolean readByJava = PARAMETER_PREFIXES_READ_BY_JAVA.stream().anyMatch(name::startsWith);
            if (!parametersUsed.contains(name) && !readByJava) {
                warnings.add(Link.at(where, name).problem("parameter \"" + name + "\" is not used by any rule"));
            }
        });
        defined.families().forEach((family, where) -> {
            if (!familiesUsed.contains(family)) {
                warnings.add(Link.at(where, family).problem("option family \"" + family
                        + "\" is not the @family of any rule"));
            }
        });
        return lines(warnings);
    }

    private static List<String> lines(List<Link> links) {
        return links.stream().sorted(Comparator.comparing(Link::file).thenComparingInt(Link::line)
                .thenComparing(Link::message)).map(Link::text).distinct().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with its line and block comments replaced by spaces (newlines kept); strings left as they are. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            char next = i + 1 < out.length() ? out.charAt(i + 1) : '\0';
            if (c == '"') {
                i = closingQuote(out, i);
            } else if (c == '/' && next == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && next == '*') {
                int end = out.indexOf("*/", i + 2);
                end = end < 0 ? out.length() : end + 2;
                for (; i < end; i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
                i--;
            }
        }
        return out.toString();
    }

    /** Where the string literal opened at {@code open} closes (a backslash escapes the next character), or the end. */
    private static int closingQuote(CharSequence text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return text.length();
    }

    /** A name at a place in a file (line 0: the file as a whole), and once judged, what is wrong with it. */
    private record Link(String file, int line, String name, String message) {
        Link(String file, int line, String name) {
            this(file, line, name, null);
        }

        /** A link at "rules/reference/step-down-routes.csv:3" (a reference row's place). */
        static Link at(String where, String name) {
            int colon = where.lastIndexOf(':');
            return new Link(where.substring(0, colon), Integer.parseInt(where.substring(colon + 1)), name);
        }

        Link problem(String text) {
            return new Link(file, line, name, text);
        }

        String text() {
            return (line > 0 ? file + ":" + line : file) + ": " + Objects.requireNonNull(message);
        }
    }

    /** A rule file's text, with its comments blanked out for the code checks (line numbers kept). */
    private static final class RuleText {
        private final String file;
        private final String code;
        private final int[] lineStarts;

        RuleText(String file, String text) {
            this.file = file;
            this.code = withoutComments(text);
            this.lineStarts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
        }

        String code() {
            return code;
        }

        /** Every match of the pattern in the text, its first group the name. */
        List<Link> all(Pattern pattern, String text) {
            List<Link> links = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                links.add(new Link(file, lineOf(m.start(1)), m.group(1)));
            }
            return links;
        }

        /** The names a constraint gives inside every fact pattern of one type, e.g. PolicyParameter( name == "x" ). */
        List<Link> inPatterns(Pattern factPattern, Pattern constraint) {
            List<Link> links = new ArrayList<>();
            Matcher fact = factPattern.matcher(code);
            while (fact.find()) {
                int open = fact.end() - 1;
                Matcher m = constraint.matcher(code).region(open, closingParenthesis(open));
                while (m.find()) {
                    links.add(new Link(file, lineOf(m.start(1)), m.group(1)));
                }
            }
            return links;
        }

        private int closingParenthesis(int open) {
            int depth = 0;
            for (int i = open; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '"') {
                    i = closingQuote(code, i);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return code.length();
        }

        private int lineOf(int offset) {
            int at = Arrays.binarySearch(lineStarts, offset);
            return at >= 0 ? at + 1 : -at - 1;
        }
    }
}
