package placementreview.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build time only (run by Maven after compile; its code generator is not in the jar): compiles a rule folder into
 * Drools' executable model (constraints as Java lambdas instead of MVEL) and writes it, with the rulebase version of
 * the files it was built from, where {@link PackagedModel} finds it. Takes whatever is in the folder. The folder gets
 * every check a rule folder gets before it is compiled at run time, and the model's catalogue is checked for audit
 * (ids, policies): any problem fails the build, so the jar need not check these files again at start. Its warnings
 * are kept with the model. Does nothing when the model on disk was built from the same files.
 * <p>
 * Arguments: the rule folder, the classes folder to write into.
 */
public final class PackagedModelBuild {
    private PackagedModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PackagedModelBuild RULE_FOLDER CLASSES_FOLDER");
        }
        // named as the packaged folder is, so messages and warnings say rules/... as they will from the jar
        RuleFolder folder = RuleFolder.restored(Path.of(args[0]), RuleFolder.PACKAGED);
        Path model = Path.of(args[1]).resolve(PackagedModel.MODEL);
        Path versionFile = Path.of(args[1]).resolve(PackagedModel.VERSION);
        String version = RulebaseLoader.version(folder);
        if (Files.isRegularFile(model) && Files.isRegularFile(versionFile)
                && Files.isRegularFile(Path.of(args[1]).resolve(PackagedModel.WARNINGS))
                && Files.readString(versionFile, StandardCharsets.UTF_8).strip().equals(version)) {
            System.out.println("executable model of the rules is up to date (" + version.substring(0, 12) + ")");
            return;
        }
        long start = System.nanoTime();
        RulebaseLoader.Checked checked = RulebaseLoader.check(folder);
        byte[] kjar = build(folder);
        RulebaseLoader.catalogue(PackagedModel.kieBase(kjar), folder);
        Files.createDirectories(model.getParent());
        Files.write(model, kjar);
        Files.writeString(Path.of(args[1]).resolve(PackagedModel.WARNINGS),
                checked.warnings().stream().map(w -> w + "\n").collect(java.util.stream.Collectors.joining()),
                StandardCharsets.UTF_8);
        Files.writeString(versionFile, version + "\n", StandardCharsets.UTF_8);
        System.out.printf("executable model of the rules built from %s (%s): %,d bytes in %.1f s%n", args[0],
                version.substring(0, 12), kjar.length, (System.nanoTime() - start) / 1e9);
    }

    static byte[] build(RuleFolder folder) {
        RulebaseLoader.DrlFiles files = RulebaseLoader.drlFiles(folder);
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(PackagedModel.RELEASE);
        files.texts().forEach(kfs::write);
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> files.display(m.getPath()) + ":" + m.getLine() + ": " + m.getText()).toList();
        if (!errors.isEmpty()) {
            throw new RulebaseException("the rules do not compile to the executable model:\n  "
                    + String.join("\n  ", errors));
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }
}
