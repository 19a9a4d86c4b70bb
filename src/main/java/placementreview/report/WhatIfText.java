package placementreview.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import placementreview.engine.RuleChange;
import placementreview.model.Money;
import placementreview.model.Savings;
import placementreview.review.CostTotals;
import placementreview.review.FamilyTotal;
import placementreview.review.FindingChange;
import placementreview.review.PlacementChange;
import placementreview.review.Review;
import placementreview.review.WhatIf;
import placementreview.review.WhatIfTotals;

/** The what-if as terminal text: both rulebases, what changed in the rules, in each placement, and the totals. */
public final class WhatIfText {
    private WhatIfText() {
    }

    public static String render(WhatIf w) {
        Review before = w.before();
        StringBuilder out = new StringBuilder();
        out.append("What-if: ").append(before.authority() == null ? "" : before.authority() + ", ")
                .append("as of ").append(before.asOf()).append('\n');
        out.append("Base rules:    ").append(w.base().source()).append("\n               rulebase ")
                .append(w.base().rulebaseVersion()).append('\n');
        out.append("Changed rules: ").append(w.changed().source()).append("\n               rulebase ")
                .append(w.changed().rulebaseVersion()).append("\n\n");
        out.append(ruleChanges(w.ruleChanges()));
        out.append(placements(w));
        if (!w.caseload().isEmpty()) {
            out.append("\nAcross the caseload\n");
            w.caseload().forEach(f -> out.append(finding(f, "  ")));
        }
        out.append(totals(w.totals(), before.top().size()));
        out.append(ReviewText.rejected(w.rejected()));
        return out.toString();
    }

    static String ruleChanges(List<RuleChange> changes) {
        StringBuilder out = new StringBuilder("What changed in the rules\n");
        if (changes.isEmpty()) {
            out.append("  nothing: every rule and reference file is the same\n");
        }
        for (RuleChange c : changes) {
            out.append("  ").append(c.file()).append(": ").append(fileChange(c)).append('\n');
            for (RuleChange.Row row : c.rows()) {
                out.append("    row ").append(row.key()).append(' ').append(row.change());
                if (row.change().equals(RuleChange.CHANGED)) {
                    out.append(": ").append(String.join("; ", row.cells().stream().map(WhatIfText::cell).toList()));
                }
                out.append(" (source: ").append(row.source()).append(")\n");
            }
            for (RuleChange.Rule rule : c.rules()) {
                out.append("    rule ").append(rule.id()).append(' ').append(rule.change())
                        .append(rule.movedFrom() == null ? "" : " (moved from " + rule.movedFrom() + ")")
                        .append(": ").append(rule.name()).append('\n');
            }
        }
        return out.toString();
    }

    static String fileChange(RuleChange c) {
        return switch (c.change()) {
            case RuleChange.SET -> "set in memory (the file, SHA-256 " + shortHash(c.sha256Before())
                    + ", is unchanged)";
            case RuleChange.ADDED -> "added (SHA-256 " + shortHash(c.sha256After()) + ")";
            case RuleChange.REMOVED -> "removed (SHA-256 " + shortHash(c.sha256Before()) + ")";
            default -> "changed (SHA-256 " + shortHash(c.sha256Before()) + " -> " + shortHash(c.sha256After()) + ")";
        };
    }

    static String cell(RuleChange.Cell cell) {
        return cell.column() + " " + (cell.before() == null ? "(none)" : cell.before()) + " -> "
                + (cell.after() == null ? "(none)" : cell.after());
    }

    private static String shortHash(String sha) {
        return sha == null ? "none" : sha.substring(0, 12);
    }

    private static String placements(WhatIf w) {
        StringBuilder out = new StringBuilder("\nWhat changed in the decisions: ").append(w.placements().size())
                .append(" of ").append(w.before().ranked().size()).append(" placement(s), largest change in counted"
                        + " saving first\n");
        for (PlacementChange p : w.placements()) {
            out.append(String.format("  %s  %s a week  rank %d -> %d  counted saving/yr %s -> %s (%s)%n",
                    p.placementId(), Money.gbp(p.weeklyCost()), p.rankBefore(), p.rankAfter(),
                    Money.gbp(p.savingBefore()), Money.gbp(p.savingAfter()), signed(p.savingDifference())));
            if (p.topChange() != null) {
                out.append("      ").append(p.topChange()).append(" the top ").append(w.before().topCount())
                        .append('\n');
            }
            p.removed().forEach(f -> out.append(finding(f, "      ")));
            p.added().forEach(f -> out.append(finding(f, "      ")));
            p.changed().forEach(f -> out.append(finding(f, "      ")));
            p.routesOpened().forEach(r -> out.append("      step-down route opened: ").append(r).append('\n'));
            p.routesClosed().forEach(r -> out.append("      step-down route closed: ").append(r).append('\n'));
            if (p.apportionmentChanged()) {
                out.append("      the Education / Health / Social care split changed\n");
            }
        }
        return out.toString();
    }

    static String finding(FindingChange f, String indent) {
        StringBuilder out = new StringBuilder(indent).append(String.format("%-8s %s ", f.change(), f.ruleId()));
        FindingChange.State was = f.before();
        FindingChange.State now = f.after();
        if (now == null) {
            out.append(was.title()).append(money(was.savings(), " (was ", ")"));
        } else if (was == null) {
            out.append(now.title()).append(money(now.savings(), " (", ")"));
        } else {
            out.append(now.title());
            if (!was.title().equals(now.title())) {
                out.append("\n").append(indent).append("         was: ").append(was.title());
            }
            if (!was.state().equals(now.state())) {
                out.append("\n").append(indent).append("         ").append(was.state()).append(" -> ")
                        .append(now.state());
            }
            out.append("\n").append(indent).append("         full-year ").append(fullYear(was.savings()))
                    .append(" -> ").append(fullYear(now.savings()));
            if (was.counted() != now.counted()) {
                out.append(now.counted() ? " (now counted)" : " (no longer counted)");
            }
        }
        return out.append('\n').toString();
    }

    private static String money(Savings s, String before, String after) {
        return s == null ? "" : before + Money.gbp(s.fullYear()) + " a year" + after;
    }

    private static String fullYear(Savings s) {
        return s == null ? "no saving" : Money.gbp(s.fullYear());
    }

    static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + Money.gbp(amount);
    }

    private static String totals(WhatIfTotals t, int topCount) {
        TextTable table = new TextTable(new String[] {"Totals", "Before", "After", "Difference"},
                new boolean[] {false, true, true, true});
        costRows(table, "Caseload", t.before().caseload(), t.after().caseload(), t.difference().caseload());
        costRows(table, "Top " + topCount, t.before().top(), t.after().top(), t.difference().top());
        WhatIfTotals.ForecastFigures fb = t.before().forecast();
        WhatIfTotals.ForecastFigures fa = t.after().forecast();
        WhatIfTotals.ForecastFigures fd = t.difference().forecast();
        row(table, "Forecast outturn", fb.outturn(), fa.outturn(), fd.outturn());
        row(table, "Forecast variance to budget", fb.variance(), fa.variance(), fd.variance());
        for (Map.Entry<Integer, BigDecimal> slip : fd.slipOutturns().entrySet()) {
            row(table, "Outturn if ends slip " + slip.getKey() + " weeks", fb.slipOutturns().get(slip.getKey()),
                    fa.slipOutturns().get(slip.getKey()), slip.getValue());
        }
        StringBuilder out = new StringBuilder("\n").append(table.render(""));
        TextTable families = new TextTable(new String[] {"Counted full-year saving by option family (caseload)",
                "Before", "After", "Difference"}, new boolean[] {false, true, true, true});
        for (FamilyTotal d : t.difference().caseload().byFamily()) {
            families.add(d.family(), Money.gbp(family(t.before().caseload(), d.family())),
                    Money.gbp(family(t.after().caseload(), d.family())), signed(d.fullYearSaving()));
        }
        return out.append('\n').append(families.render("")).toString();
    }

    private static void costRows(TextTable table, String label, CostTotals b, CostTotals a, CostTotals d) {
        table.add(label + ": placements", String.valueOf(b.placements()), String.valueOf(a.placements()),
                String.valueOf(d.placements()));
        row(table, label + ": net annual cost", b.netAnnualCost(), a.netAnnualCost(), d.netAnnualCost());
        row(table, label + ": counted saving, full year", b.bestFullYearSaving(), a.bestFullYearSaving(),
                d.bestFullYearSaving());
        row(table, label + ": counted saving, in year", b.bestInYearSaving(), a.bestInYearSaving(),
                d.bestInYearSaving());
        row(table, label + ": cost recovered from partners, full year", b.recovery().fullYear(),
                a.recovery().fullYear(), d.recovery().fullYear());
        row(table, label + ": reduction in the council's spend, full year", b.councilReduction().fullYear(),
                a.councilReduction().fullYear(), d.councilReduction().fullYear());
    }

    private static void row(TextTable table, String label, BigDecimal b, BigDecimal a, BigDecimal d) {
        table.add(label, b == null ? "-" : Money.gbp(b), a == null ? "-" : Money.gbp(a), d == null ? "-" : signed(d));
    }

    /** The family's counted full-year saving in these totals (zero when the family counted nothing there). */
    static BigDecimal family(CostTotals totals, String family) {
        return totals.byFamily().stream().filter(f -> f.family().equals(family)).map(FamilyTotal::fullYearSaving)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
