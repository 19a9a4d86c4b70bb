package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import placementreview.report.ReviewJson;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;

/**
 * The packaged rules' executable model (built by Maven from rules/ before the tests run): it reviews exactly as the
 * DRL compiled at run time, and is refused when the packaged rules differ from the files it was built from.
 */
class PackagedModelTest {
    private static final Path DEMO = Path.of("cases/demo/demo-authority.json");

    @TempDir
    Path dir;

    private static String reviewJson(Rulebase rulebase) throws IOException {
        ReviewService service = new ReviewService(rulebase);
        StringWriter out = new StringWriter();
        ReviewJson.write(service.review(service.read(List.of(DEMO), null), ReviewOptions.defaults()), out);
        return out.toString();
    }

    /** The constraints' classes of every pattern of every rule: MVEL or lambda constraints, by class name. */
    private static List<String> constraintKinds(KieBase kieBase) {
        List<String> kinds = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                collect(((RuleImpl) rule).getLhs(), kinds);
            }
        }
        return kinds;
    }

    private static void collect(RuleConditionElement element, List<String> kinds) {
        if (element instanceof Pattern pattern) {
            for (Constraint constraint : pattern.getConstraints()) {
                kinds.add(constraint.getClass().getSimpleName());
            }
        }
        element.getNestedElements().forEach(nested -> collect(nested, kinds));
    }

    @Test
    void theModelWasBuiltFromThePackagedRules() {
        RuleFolder packaged = RuleFolder.packaged();
        assertThat(PackagedModel.version()).contains(RulebaseLoader.version(packaged));
        assertThat(PackagedModel.version()).contains(RulebaseLoader.version(RuleFolder.of(Path.of("rules"))));
    }

    @Test
    void thePackagedModelReviewsTheDemoByteForByteAsTheRulesCompiledAtRunTime() throws IOException {
        Rulebase model = RulebaseLoader.load(RuleFolder.packaged(), Optional.empty(), true);
        Rulebase drl = RulebaseLoader.load(RuleFolder.packaged(), Optional.empty(), false);
        assertThat(constraintKinds(model.kieBase())).isNotEmpty().allMatch(kind -> kind.startsWith("Lambda"));
        assertThat(constraintKinds(drl.kieBase())).noneMatch(kind -> kind.startsWith("Lambda"));
        assertThat(model.warnings()).isEqualTo(drl.warnings());
        assertThat(model.catalogue()).isEqualTo(drl.catalogue());
        assertThat(reviewJson(model)).isEqualTo(reviewJson(drl));
    }

    /** A placement's trace as explain shows it: each firing's rule, matched values and the findings it made. */
    private static List<String> trace(Evaluation evaluation) {
        return evaluation.trace().stream().map(entry -> entry.ruleId() + " " + entry.matched() + " -> "
                + entry.findings().stream().map(f -> f.ruleId() + " " + f.title() + " " + f.evidence()).toList())
                .toList();
    }

    @Test
    void everyDemoPlacementFiresTheSameRulesInTheSameOrderWithTheSameFindingsOnBothPaths() {
        Rulebase model = RulebaseLoader.load(RuleFolder.packaged(), Optional.empty(), true);
        Rulebase drl = RulebaseLoader.load(RuleFolder.packaged(), Optional.empty(), false);
        ReviewService service = new ReviewService(drl);
        var demo = service.read(List.of(DEMO), null);
        var context = ReviewService.contextOf(demo);
        PlacementEvaluator fromModel = new PlacementEvaluator(model);
        PlacementEvaluator fromDrl = new PlacementEvaluator(drl);
        for (var placement : demo.placements()) {
            Evaluation a = fromModel.evaluate(placement, context);
            Evaluation b = fromDrl.evaluate(placement, context);
            assertThat(a.trace()).as(placement.id()).isNotEmpty();
            assertThat(trace(a)).as(placement.id()).isEqualTo(trace(b));
        }
    }

    @Test
    void packagedRulesThatDifferFromTheModelAreCompiledAtRunTimeWithAWarning() throws IOException {
        Path copy = copyOfRules();
        Path file = copy.resolve("cost-reduction/fee-level.drl");
        Files.writeString(file, Files.readString(file) + "\n// an edit after the build\n");
        Rulebase rulebase = RulebaseLoader.load(RuleFolder.restored(copy, RuleFolder.packaged().label()),
                Optional.empty(), true);
        assertThat(constraintKinds(rulebase.kieBase())).noneMatch(kind -> kind.startsWith("Lambda"));
        assertThat(rulebase.warnings()).anyMatch(w -> w.contains("differ from the executable model"));
    }

    @Test
    void aFolderNamedAtRunTimeIsCompiledEvenWhenItHoldsThePackagedRules() throws IOException {
        Rulebase rulebase = RulebaseLoader.load(RuleFolder.of(copyOfRules()), Optional.empty(), true);
        assertThat(rulebase.version()).isEqualTo(PackagedModel.version().orElseThrow());
        assertThat(constraintKinds(rulebase.kieBase())).noneMatch(kind -> kind.startsWith("Lambda"));
        assertThat(rulebase.warnings()).noneMatch(w -> w.contains("executable model"));
    }

    private Path copyOfRules() throws IOException {
        Path root = Path.of("rules");
        Path copy = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = copy.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
