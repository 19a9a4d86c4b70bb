package placementreview.report;

import java.util.List;
import java.util.Map;
import placementreview.engine.Evaluation;
import placementreview.engine.RuleInfo;
import placementreview.engine.RuleSources;
import placementreview.engine.Rulebase;
import placementreview.model.CaseFile;
import placementreview.review.Decision;
import placementreview.review.DecisionListing;
import placementreview.review.Forecast;
import placementreview.review.PlacementHistory;
import placementreview.review.Review;
import placementreview.review.SavingsPlan;
import placementreview.review.SinceLast;
import placementreview.review.StepDownCheck;
import placementreview.review.WhatIf;

/**
 * Every output the tool writes, each with the formats it has: the one place where a format becomes a writer. The
 * CLI commands and the web handlers build a {@link Report} here and write it in the format asked for.
 */
public final class Reports {
    private Reports() {
    }

    /**
     * A recorded review with its "since the last panel" section (sinceLast null: none), in the table and as
     * {@code sinceLast} in the JSON.
     */
    public static Report review(Review review, SinceLast sinceLast, CsvSection section, List<RuleInfo> catalogue) {
        return new Report("review", Map.of(
                Format.TABLE, out -> {
                    out.write(ReviewText.render(review));
                    if (sinceLast != null) {
                        out.write(PanelCycleText.sinceLast(sinceLast));
                    }
                },
                Format.JSON, out -> {
                    var tree = ReviewJson.tree(review);
                    if (sinceLast != null) {
                        tree.set("sinceLast", PanelCycleJson.sinceLast(sinceLast));
                    }
                    ReviewJson.write(tree, out);
                },
                Format.CSV, out -> {
                    if (section == CsvSection.OPTIONS) {
                        ReviewCsv.writeOptions(review, out);
                    } else if (section == CsvSection.MARKET) {
                        ReviewCsv.writeMarket(review, out);
                    } else {
                        ReviewCsv.write(review, out);
                    }
                },
                Format.HTML, out -> out.write(HtmlPack.render(review, catalogue, sinceLast))));
    }

    /** The social worker's step-down check of one child; its HTML page shows costs only {@code withCosts}. */
    public static Report check(StepDownCheck check, boolean withCosts) {
        return new Report("check", Map.of(
                Format.TABLE, out -> out.write(CheckText.render(check)),
                Format.JSON, out -> StepDownJson.write(check, out),
                Format.HTML, out -> out.write(CheckHtml.render(check, withCosts))));
    }

    /** The auditor's trace of one placement: every rule that fired, what it matched and what it found. */
    public static Report explain(Evaluation evaluation, SavingsPlan plan, CaseFile caseFile, String rulebaseVersion) {
        return new Report("explain", Map.of(
                Format.TABLE, out -> out.write(ExplainText.render(evaluation, plan, caseFile, rulebaseVersion)),
                Format.JSON, out -> ReviewJson.write(ExplainJson.tree(evaluation, plan, caseFile, rulebaseVersion),
                        out)));
    }

    /** The year's outturn against the budget; the table lists the {@code lines} largest outturns. */
    public static Report forecast(Forecast forecast, CaseFile caseFile, String rulebaseVersion, int lines) {
        return new Report("forecast", Map.of(
                Format.TABLE, out -> {
                    out.write(ForecastText.render(forecast, ForecastText.header(caseFile, rulebaseVersion), lines));
                    out.write(ReviewText.rejected(caseFile.rejected()));
                    out.write(ReviewText.notes(caseFile.notes()));
                },
                Format.JSON, out -> ReviewJson.write(ForecastJson.document(forecast, caseFile, rulebaseVersion), out)));
    }

    /** The data officer's rejection report: how many records were accepted, and every problem found. */
    public static Report validation(CaseFile caseFile) {
        return new Report("validate", Map.of(
                Format.TABLE, out -> {
                    out.write(caseFile.placements().size() + " placement(s) accepted, " + caseFile.rejected().size()
                            + " problem(s) found.\n");
                    out.write(ReviewText.rejected(caseFile.rejected()));
                    out.write(ReviewText.notes(caseFile.notes()));
                },
                Format.JSON, out -> {
                    var root = ReviewJson.MAPPER.createObjectNode();
                    root.put("accepted", caseFile.placements().size());
                    root.set("rejected", ReviewJson.recordMessages(caseFile.rejected()));
                    root.set("notes", ReviewJson.recordMessages(caseFile.notes()));
                    ReviewJson.write(root, out);
                }));
    }

    /**
     * The rule catalogue; its JSON carries each rule's DRL source and its file's header comment. Both list the
     * reference rates with their price years, flagging those more than five years older than {@code currentYear}.
     */
    public static Report rules(Rulebase rulebase, RuleSources sources, String currentYear) {
        return new Report("rules", Map.of(
                Format.TABLE, out -> out.write(RuleCatalogueText.render(rulebase, currentYear)),
                Format.JSON, out -> ReviewJson.write(RulesJson.catalogue(rulebase, sources, currentYear), out)));
    }

    /** The same caseload under two policies: what changed in the rules, in the decisions and in the totals. */
    public static Report whatIf(WhatIf whatIf) {
        return new Report("whatif", Map.of(
                Format.TABLE, out -> out.write(WhatIfText.render(whatIf)),
                Format.JSON, out -> ReviewJson.write(WhatIfJson.document(whatIf), out),
                Format.HTML, out -> out.write(WhatIfHtml.render(whatIf))));
    }

    /** One decision just recorded. */
    public static Report decision(Decision decision) {
        return new Report("decide", Map.of(
                Format.TABLE, out -> out.write(PanelCycleText.decision(decision)),
                Format.JSON, out -> ReviewJson.write(PanelCycleJson.decision(decision), out)));
    }

    /** The panel's decisions, each with where it stands. */
    public static Report decisions(DecisionListing listing) {
        return new Report("decisions", Map.of(
                Format.TABLE, out -> out.write(PanelCycleText.decisions(listing)),
                Format.JSON, out -> ReviewJson.write(PanelCycleJson.decisions(listing), out)));
    }

    /** One placement across the recorded reviews. */
    public static Report history(PlacementHistory history) {
        return new Report("history", Map.of(
                Format.TABLE, out -> out.write(PanelCycleText.history(history)),
                Format.JSON, out -> ReviewJson.write(PanelCycleJson.history(history), out)));
    }

    /** The web service's health answer. */
    public static Report health(Rulebase rulebase) {
        return new Report("health", Map.of(Format.JSON, out -> ReviewJson.write(RulesJson.health(rulebase), out)));
    }
}
