package placementreview.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * The packaged rules compiled at build time into Drools' executable model (PackagedModelBuild), with the rulebase
 * version of the files it was built from. Used only for the packaged rule folder and only when it hashes to exactly
 * that version (same files, same content), so it can never stand in for other rules: a jar whose rules/ differ from
 * its model compiles its rules/ at run time, as a folder named with --rules always does.
 */
final class PackagedModel {
    static final String MODEL = "placementreview/rules-model/rules.kjar";
    static final String VERSION = "placementreview/rules-model/rulebase-version.txt";
    static final String WARNINGS = "placementreview/rules-model/warnings.txt";
    static final ReleaseId RELEASE = KieServices.Factory.get().newReleaseId("placementreview", "packaged-rules", "1");
    private static final String MODEL_LIST = "META-INF/kie/placementreview/packaged-rules/drools-model";

    private PackagedModel() {
    }

    /** The rulebase version the packaged model was built from, or empty when the build has none. */
    static Optional<String> version() {
        return resource(VERSION).map(bytes -> new String(bytes, StandardCharsets.UTF_8).strip());
    }

    /** What checking the rules at build time found odd but not wrong, one line each (shown at every load). */
    static List<String> warnings() {
        return resource(WARNINGS).map(bytes -> new String(bytes, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList()).orElse(List.of());
    }

    /** The packaged model's rule base, if it was built from rules of exactly this version. */
    static Optional<KieBase> load(String rulebaseVersion) {
        if (!version().map(rulebaseVersion::equals).orElse(false)) {
            return Optional.empty();
        }
        return resource(MODEL).map(PackagedModel::kieBase);
    }

    /**
     * The rule base made from the model classes the kjar lists (META-INF/kie/.../drools-model), loaded from the kjar
     * in memory: no kmodule.xml, no Maven repository, nothing compiled.
     */
    static KieBase kieBase(byte[] kjar) {
        Map<String, byte[]> entries = entries(kjar);
        KjarClassLoader loader = new KjarClassLoader(entries, PackagedModel.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String line : new String(entries.get(MODEL_LIST), StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                continue;
            }
            try {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new RulebaseException("the packaged executable model cannot be loaded (" + name + "): " + e);
            }
        }
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    private static Map<String, byte[]> entries(byte[] kjar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!entries.containsKey(MODEL_LIST)) {
            throw new RulebaseException("the packaged executable model lists no models (" + MODEL_LIST + ")");
        }
        return entries;
    }

    /** The kjar's classes, defined on first use; everything else from the tool's own class loader. */
    private static final class KjarClassLoader extends ClassLoader {
        private final Map<String, byte[]> entries;

        KjarClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = PackagedModel.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
