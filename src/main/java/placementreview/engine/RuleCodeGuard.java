package placementreview.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule file is code: its conditions and consequences run as the user. Before a folder is compiled, every .drl file
 * is checked to call only the project's rule API ({@code placementreview.ruleapi}), the model
 * ({@code placementreview.model}) and value types of {@code java.lang}, {@code java.math} and {@code java.time}. The
 * check reads the file's code with comments and string literals blanked, and refuses, naming file and line:
 * <ul>
 *   <li>an import from anywhere else, and {@code import static}/{@code function}/{@code accumulate};</li>
 *   <li>a fully-qualified name outside those packages ({@code java.io.File}, {@code placementreview.engine...});</li>
 *   <li>{@code function} blocks, {@code global}s and the MVEL dialect (code outside any rule's one-line arithmetic);</li>
 *   <li>the runtime's handles ({@code drools}, {@code getKieRuntime}...), reflection, class literals, threads,
 *       processes, {@code System}/{@code Runtime} and other non-value {@code java.lang} classes;</li>
 *   <li>{@code new} of anything but a value type or a model/rule API type;</li>
 *   <li>loops other than over a collection ({@code while}, {@code do}, {@code for (;;)}), so that one firing is
 *       bounded (FiringLimit bounds the rest);</li>
 *   <li>Unicode escapes anywhere (Java reads {@code \u0022} as a quote before it reads the code).</li>
 * </ul>
 * It is deliberately narrower than Java: a rule that needs more belongs in the rule API, reviewed as Java.
 */
final class RuleCodeGuard {
    private static final Set<String> VALUE_TYPES = Set.of("String", "Integer", "Long", "Short", "Byte", "Boolean",
            "Character", "Double", "Float", "Number", "Math", "StrictMath", "CharSequence", "Comparable", "Object",
            "BigDecimal", "BigInteger", "RoundingMode", "MathContext", "LocalDate", "LocalDateTime", "LocalTime",
            "Period", "Duration", "Year", "YearMonth", "Month", "DayOfWeek", "ChronoUnit", "List", "Set", "Map",
            "Collection");
    private static final Set<String> ALLOWED_JAVA_IMPORTS = Set.of("java.math.", "java.time.", "java.lang.",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection");
    private static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "Thread", "ThreadGroup",
            "ThreadLocal", "InheritableThreadLocal", "Class", "ClassLoader", "Process", "ProcessBuilder",
            "ProcessHandle", "SecurityManager", "StackWalker", "Module", "ModuleLayer", "Compiler", "getClass",
            "forName", "getDeclaredMethod", "getMethod", "invoke", "setAccessible", "drools", "getKieRuntime",
            "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint", "getChannels", "halt",
            "exit", "class", "eval", "global", "function", "while", "do", "dialect", "synchronized",
            "throw", "try", "lambda");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$])([A-Za-z_]\\w*)");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])((?:java|javax|jdk|sun|com|org|net|io|placementreview|kotlin|ch|jakarta|picocli|gg)"
                    + "(?:\\s*\\.\\s*\\w+)+)");
    private static final Pattern IMPORT = Pattern.compile("^[ \\t]*import[ \\t]+(\\S+)(?:[ \\t]+(\\S+))?", Pattern.MULTILINE);
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+([\\w.\\s]+?)\\s*[(\\[{<]");
    /** A for loop that is not over a collection ("for (X x : list)"): it could run for ever. */
    private static final Pattern COUNTING_LOOP = Pattern.compile("(?<![\\w$.])for\\s*\\((?!\\s*[\\w.<>]+\\s+\\w+\\s*:)");
    private static final Pattern METHOD_REFERENCE = Pattern.compile("::|->");

    private final String file;
    private final String code;
    private final List<String> problems = new ArrayList<>();

    private RuleCodeGuard(String file, String text) {
        this.file = file;
        this.code = blankCommentsAndStrings(text);
    }

    /** The problems of one rule file, one line each ("file:line: ..."), or none. */
    static List<String> check(String file, String text) {
        RuleCodeGuard guard = new RuleCodeGuard(file, text);
        guard.run(text);
        return guard.problems;
    }

    private void run(String text) {
        int escape = text.indexOf("\\u");
        if (escape >= 0) {
            problem(escape, "a Unicode escape (\\u...); write the character itself");
        }
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String first = imports.group(1);
            String name = imports.group(2) != null ? imports.group(2) : first;
            if (imports.group(2) != null) {
                problem(imports.start(1), "\"import " + first + "\" is not allowed in a rule file");
            } else if (!allowedImport(name)) {
                problem(imports.start(1), "imports " + name + "; rule files may use only placementreview.ruleapi,"
                        + " placementreview.model and java.lang/java.math/java.time value types");
            }
        }
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            String name = qualified.group(1).replaceAll("\\s", "");
            if (!lineStartsWith(qualified.start(), "import", "package") && !allowedImport(name)) {
                problem(qualified.start(), "names " + name + ", which is outside the rule API");
            }
        }
        Matcher identifiers = IDENTIFIER.matcher(code);
        while (identifiers.find()) {
            String name = identifiers.group(1);
            if (FORBIDDEN_NAMES.contains(name) && !(name.equals("function") && lineStartsWith(identifiers.start(),
                    "import"))) {
                problem(identifiers.start(), "uses \"" + name + "\", which a rule file may not");
            }
        }
        Matcher created = NEW.matcher(code);
        while (created.find()) {
            String type = created.group(1).replaceAll("\\s", "");
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (!VALUE_TYPES.contains(simple) && !imported(simple)) {
                problem(created.start(), "creates a " + type + "; a rule file may create only value types and"
                        + " model or rule API types");
            }
        }
        Matcher loops = COUNTING_LOOP.matcher(code);
        while (loops.find()) {
            problem(loops.start(), "a counting for loop; a rule may loop only over a collection (for (X x : list))");
        }
        Matcher lambdas = METHOD_REFERENCE.matcher(code);
        while (lambdas.find()) {
            problem(lambdas.start(), "a lambda or method reference; put the logic in the rule API");
        }
    }

    private static boolean allowedImport(String name) {
        if (name.startsWith("placementreview.model.") || name.startsWith("placementreview.ruleapi.")) {
            return true;
        }
        for (String allowed : ALLOWED_JAVA_IMPORTS) {
            if (allowed.endsWith(".") ? name.startsWith(allowed) && VALUE_TYPES.contains(simpleType(name))
                    : name.equals(allowed) || name.startsWith(allowed + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The first capitalised part of a qualified name ("java.math.BigDecimal.ONE" -> "BigDecimal"). */
    private static String simpleType(String name) {
        for (String part : name.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                return part;
            }
        }
        return "";
    }

    private boolean imported(String simple) {
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String name = imports.group(1);
            if (imports.group(2) == null && name.startsWith("placementreview.") && allowedImport(name)
                    && (name.endsWith("." + simple) || name.endsWith(".*"))) {
                return true;
            }
        }
        return false;
    }

    private boolean lineStartsWith(int offset, String... keywords) {
        int start = code.lastIndexOf('\n', offset - 1) + 1;
        String line = code.substring(start, offset).strip();
        for (String keyword : keywords) {
            if (line.startsWith(keyword)) {
                return true;
            }
        }
        return false;
    }

    private void problem(int offset, String what) {
        int line = 1;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        problems.add(file + ":" + line + ": " + what);
    }

    /** The text with comments and string literals replaced by spaces, line breaks kept (so lines still count). */
    static String blankCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blank(text, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                out.append('"');
                blank(text, i + 1, Math.max(i + 1, end - 1), out);
                if (end - 1 > i) {
                    out.append('"');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int j = from; j < to; j++) {
            out.append(text.charAt(j) == '\n' ? '\n' : ' ');
        }
    }
}
