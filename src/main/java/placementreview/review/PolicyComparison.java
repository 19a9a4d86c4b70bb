package placementreview.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import placementreview.engine.FindingDetail;
import placementreview.engine.ParameterOverlay;
import placementreview.engine.RuleChange;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleFolderDiff;
import placementreview.engine.Rulebase;

/**
 * A base rulebase and a changed one, both loaded and checked, with what differs between their rules: ready to review
 * any caseload under both ({@link WhatIf}). The changed rules are another folder, or the base with parameters set in
 * memory.
 */
public final class PolicyComparison {
    private final ReviewService base;
    private final ReviewService changed;
    private final WhatIf.Rules baseRules;
    private final WhatIf.Rules changedRules;
    private final List<RuleChange> ruleChanges;

    private PolicyComparison(ReviewService base, ReviewService changed, WhatIf.Rules baseRules,
                             WhatIf.Rules changedRules, List<RuleChange> ruleChanges) {
        this.base = base;
        this.changed = changed;
        this.baseRules = baseRules;
        this.changedRules = changedRules;
        this.ruleChanges = ruleChanges;
    }

    /** The base folder against another folder (e.g. a copy with a council's proposed edits). */
    public static PolicyComparison against(RuleFolder baseFolder, Rulebase base, RuleFolder changedFolder,
                                           Rulebase changed) {
        return new PolicyComparison(new ReviewService(base), new ReviewService(changed),
                rules(base, baseFolder, List.of()), rules(changed, changedFolder, List.of()),
                RuleFolderDiff.between(baseFolder, changedFolder));
    }

    /** The base folder against itself with parameters set in memory ("very-high-cost-weekly=12000"). */
    public static PolicyComparison withSettings(RuleFolder baseFolder, Rulebase base, List<String> settings) {
        List<ParameterOverlay.Setting> parsed = ParameterOverlay.parse(base, settings);
        Rulebase changed = ParameterOverlay.apply(base, parsed);
        return new PolicyComparison(new ReviewService(base), new ReviewService(changed),
                rules(base, baseFolder, List.of()), rules(changed, baseFolder, parsed),
                RuleFolderDiff.of(baseFolder, parsed));
    }

    /** This comparison's changed rules with parameters set on top of them (the web's set= on a named alternative). */
    public PolicyComparison withSettings(RuleFolder changedFolder, List<String> settings) {
        List<ParameterOverlay.Setting> parsed = ParameterOverlay.parse(changed.rulebase(), settings);
        Rulebase overlaid = ParameterOverlay.apply(changed.rulebase(), parsed);
        List<RuleChange> changes = new ArrayList<>(ruleChanges);
        changes.addAll(RuleFolderDiff.of(changedFolder, parsed));
        return new PolicyComparison(base, new ReviewService(overlaid), baseRules,
                rules(overlaid, changedFolder, parsed), List.copyOf(changes));
    }

    private static WhatIf.Rules rules(Rulebase rulebase, RuleFolder folder, List<ParameterOverlay.Setting> set) {
        return new WhatIf.Rules(rulebase.version(), rulebase.source(), RuleFolderDiff.hashes(folder), set);
    }

    public ReviewService base() {
        return base;
    }

    public ReviewService changed() {
        return changed;
    }

    public List<RuleChange> ruleChanges() {
        return ruleChanges;
    }

    /** Reads the case files under each rulebase (their DST ceilings may differ) and reviews both. */
    public WhatIf run(List<Path> files, LocalDate asOf, ReviewOptions options) {
        return compare(base.review(base.read(files, asOf), titled(options)),
                changed.review(changed.read(files, asOf), titled(options)));
    }

    /** Case files given as sources (a receipt's stored inputs, for replay), read under each rulebase. */
    public WhatIf runSources(List<placementreview.io.CaseSource> sources, LocalDate asOf, ReviewOptions options) {
        return compare(base.review(base.readSources(sources, asOf), titled(options)),
                changed.review(changed.readSources(sources, asOf), titled(options)));
    }

    /** One case file given as bytes (a web request's body), read under each rulebase and reviewed under both. */
    public WhatIf run(String name, byte[] body, boolean csv, LocalDate asOf, ReviewOptions options) throws IOException {
        try (InputStream a = new ByteArrayInputStream(body);
             InputStream b = new ByteArrayInputStream(body)) {
            return compare(base.review(base.read(name, a, asOf, csv), titled(options)),
                    changed.review(changed.read(name, b, asOf, csv), titled(options)));
        }
    }

    /** The comparison reads the titles of every placement's findings, not only of those shown. */
    private static ReviewOptions titled(ReviewOptions options) {
        return options.withBeyondTop(FindingDetail.TITLES);
    }

    private WhatIf compare(Review before, Review after) {
        return WhatIf.compare(baseRules, changedRules, ruleChanges, before, after);
    }
}
