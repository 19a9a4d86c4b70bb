package placementreview.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Builds one KieBase from every .drl file in a rule folder. Any compile error stops the build with the file, line
 * and the engine's message: a partial rulebase never runs. Every rule must carry @id and @policy, ids unique, and
 * every name a rule file shares with the reference tables must be defined there (RuleLinks).
 */
public final class RulebaseLoader {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))",
            Pattern.MULTILINE);

    private RulebaseLoader() {
    }

    public static Rulebase load(RuleFolder folder) {
        return load(folder, KieBaseCache.standard());
    }

    /**
     * Builds the rulebase: for the packaged rules, from the executable model built with the jar when rules/ holds
     * exactly the files it was built from; otherwise (a folder named at run time, or packaged rules that differ
     * from the model) from the compiled packages in the cache when the rules and the tool are unchanged, else by
     * compiling the DRL.
     */
    static Rulebase load(RuleFolder folder, Optional<KieBaseCache> cache) {
        return load(folder, cache, true);
    }

    static Rulebase load(RuleFolder folder, Optional<KieBaseCache> cache, boolean usePackagedModel) {
        boolean modelWanted = usePackagedModel && folder.isPackaged() && PackagedModel.version().isPresent();
        if (modelWanted) {
            String version = version(folder);
            Optional<KieBase> model = PackagedModel.load(version);
            if (model.isPresent()) {
                // the build checked these very files (same version) as below: only the facts are read again
                ReferenceData reference = ReferenceData.load(folder);
                return new Rulebase(model.get(), version, folder.label(), catalogue(model.get(), drlFiles(folder)),
                        reference, PackagedModel.warnings());
            }
        }
        Checked checked = check(folder);
        List<String> warnings = new ArrayList<>(checked.warnings());
        if (modelWanted) {
            warnings.add("the jar's rules/ differ from the executable model built with it, so the model was not used"
                    + " and the rules were compiled at run time");
        }
        String version = checked.version();
        Optional<KieBase> cached = cache.flatMap(c -> c.load(version));
        KieBase kieBase = cached.orElseGet(() -> compile(version, checked.files()));
        Rulebase rulebase = new Rulebase(kieBase, version, folder.label(), catalogue(kieBase, checked.files()),
                checked.reference(), List.copyOf(warnings));
        if (cached.isEmpty()) {
            cache.ifPresent(c -> c.store(version, kieBase));
        }
        return rulebase;
    }

    /** A rule folder that passed every check made before compiling, and what the checks read. */
    record Checked(String version, ReferenceData reference, DrlFiles files, List<String> warnings) {
    }

    /**
     * Every check made before compiling: the folder's shape, its reference tables, the names rule files share with
     * them, and that the rules call only the rule API. Throws on the first kind of problem found.
     */
    static Checked check(RuleFolder folder) {
        RuleFolderShape.check(folder);
        String version = version(folder);
        ReferenceData reference = ReferenceData.load(folder);
        List<String> warnings = RuleLinks.check(folder, reference.names());
        DrlFiles files = drlFiles(folder);
        List<String> unsafe = new ArrayList<>();
        files.texts().forEach((kiePath, text) -> unsafe.addAll(RuleCodeGuard.check(files.display(kiePath), text)));
        if (!unsafe.isEmpty()) {
            throw new RulebaseException("the rules use code outside the rule API, so nothing was reviewed (a rule"
                    + " folder is code: use only folders from a trusted source):\n  " + String.join("\n  ", unsafe));
        }
        return new Checked(version, reference, files, List.copyOf(warnings));
    }

    /** The catalogue of a rule base compiled from these files, or the reasons it is not fit for audit. */
    static List<RuleInfo> catalogue(KieBase kieBase, RuleFolder folder) {
        return catalogue(kieBase, drlFiles(folder));
    }

    /**
     * The folder's DRL files as the engine is given them ({@code texts}: engine path to text, in path order) and the
     * path to show people for each engine path ({@code sourceOf}).
     */
    record DrlFiles(Map<String, String> texts, Map<String, String> sourceOf) {
        /**
         * The rule file as the user named it (rules/cost-reduction/fee-level.drl) for a path the engine reports,
         * which comes with or without the "src/main/resources/" of the in-memory build.
         */
        String display(String enginePath) {
            if (enginePath == null) {
                return "(rules)";
            }
            return sourceOf.getOrDefault(enginePath,
                    sourceOf.getOrDefault("src/main/resources/" + enginePath, enginePath));
        }

        /** The file (as shown to people) whose text declares this package and a rule of this name. */
        Optional<String> declaring(String pkg, String ruleName) {
            for (Map.Entry<String, String> file : texts.entrySet()) {
                Matcher declared = PACKAGE.matcher(file.getValue());
                if (declared.find() && declared.group(1).equals(pkg) && declaresRule(file.getValue(), ruleName)) {
                    return Optional.of(display(file.getKey()));
                }
            }
            return Optional.empty();
        }

        private static boolean declaresRule(String text, String ruleName) {
            Matcher rule = RULE_NAME.matcher(text);
            while (rule.find()) {
                String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2)
                        : rule.group(3);
                if (name.equals(ruleName)) {
                    return true;
                }
            }
            return false;
        }
    }

    static DrlFiles drlFiles(RuleFolder folder) {
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path file : folder.files()) {
            String relative = folder.relative(file);
            if (relative.endsWith(".drl")) {
                String text = read(file);
                String kiePath = kiePath(relative, text);
                sourceOf.put(kiePath, folder.display(relative));
                texts.put(kiePath, text);
            }
        }
        return new DrlFiles(texts, sourceOf);
    }

    private static KieBase compile(String version, DrlFiles files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("placementreview", "rules", "0.0.0-" + version.substring(0, 16));
        kfs.generateAndWritePomXML(releaseId);
        files.texts().forEach(kfs::write);
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> files.display(m.getPath()) + ":" + m.getLine() + ": " + m.getText())
                .toList();
        if (!errors.isEmpty()) {
            throw new RulebaseException("the rules do not compile, so nothing was reviewed:\n  "
                    + String.join("\n  ", errors));
        }
        return services.newKieContainer(releaseId).getKieBase();
    }

    /** SHA-256 over every file of the folder: relative path and content, in path order. */
    public static String version(RuleFolder folder) {
        try {
            java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
            for (Path file : folder.files()) {
                files.put(folder.relative(file), Files.readAllBytes(file));
            }
            return version(files);
        } catch (IOException e) {
            throw new RulebaseException("cannot hash the rule folder: " + e.getMessage());
        }
    }

    /** The rulebase version of these files (relative path to content): what a receipt's stored files must hash to. */
    public static String version(java.util.SortedMap<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DRL files are placed in the KieFileSystem by their package, so folder names need not be Java names. */
    private static String kiePath(String relative, String text) {
        Matcher m = PACKAGE.matcher(text);
        String pkg = m.find() ? m.group(1).replace('.', '/') + "/" : "";
        return "src/main/resources/" + pkg + relative.replace('/', '_');
    }

    private static List<RuleInfo> catalogue(KieBase kieBase, DrlFiles files) {
        List<RuleInfo> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        if (kieBase.getKiePackages().stream().allMatch(pkg -> pkg.getRules().isEmpty())) {
            throw new RulebaseException("the rule files define no rules, so nothing could be reviewed");
        }
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOf(rule, files);
                String id = RuleMetadata.id(rule);
                String policy = RuleMetadata.policy(rule);
                if (id == null || policy == null) {
                    problems.add(file + ": rule \"" + rule.getName() + "\" needs both @id and @policy");
                    continue;
                }
                rule.getMetaData().keySet().stream().filter(key -> !RuleMetadata.KEYS.contains(key)).sorted()
                        .forEach(key -> problems.add(file + ": rule \"" + rule.getName() + "\" has @" + key
                                + ", which the tool does not read (closest: @"
                                + Nearest.to(key, RuleMetadata.KEYS).replace("\"", "") + ")"));
                String effect = RuleMetadata.unknownEffect(rule);
                if (effect != null) {
                    problems.add(file + ": rule \"" + rule.getName() + "\" has @effect(\"" + effect
                            + "\"); it must be SAVING or RECOVERY");
                }
                String earlier = seen.put(id, rule.getName());
                if (earlier != null) {
                    problems.add(file + ": rule id " + id + " is used by \"" + earlier + "\" and \""
                            + rule.getName() + "\"; ids must be unique");
                }
                rules.add(new RuleInfo(id, rule.getName(), file, policy, RuleMetadata.family(rule)));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.naturalOrder());
            throw new RulebaseException("the rules are not fit for audit, so nothing was reviewed:\n  "
                    + String.join("\n  ", problems));
        }
        rules.sort(Comparator.comparing(RuleInfo::id, RulebaseLoader::compareIds));
        return List.copyOf(rules);
    }

    private static String fileOf(Rule rule, DrlFiles files) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            return files.display(impl.getResource().getSourcePath());
        }
        // the executable model keeps no source path: the file declaring a rule of that package and name
        return files.declaring(rule.getPackageName(), rule.getName()).orElse(rule.getPackageName());
    }

    /** "CR-2" before "CR-10": the prefix alphabetically, then the number numerically. */
    static int compareIds(String a, String b) {
        int da = a.indexOf('-');
        int db = b.indexOf('-');
        if (da > 0 && db > 0) {
            // the common case ("CR-02"), without allocating: sorting 100,000 placements' findings calls this often
            long na = digits(a, da + 1);
            long nb = digits(b, db + 1);
            if (na >= 0 && nb >= 0) {
                int byPrefix = CharSequence.compare(a.subSequence(0, da), b.subSequence(0, db));
                return byPrefix != 0 ? byPrefix : Long.compare(na, nb);
            }
        }
        String[] pa = a.split("-", 2);
        String[] pb = b.split("-", 2);
        int byPrefix = pa[0].compareTo(pb[0]);
        if (byPrefix != 0 || pa.length < 2 || pb.length < 2) {
            return byPrefix != 0 ? byPrefix : a.compareTo(b);
        }
        try {
            return Integer.compare(Integer.parseInt(pa[1]), Integer.parseInt(pb[1]));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** The number made of the 1 to 9 ASCII digits from {@code from} to the end of the id, or -1 when it is not that. */
    private static long digits(String id, int from) {
        int end = id.length();
        if (from >= end || end - from > 9) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < end; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
