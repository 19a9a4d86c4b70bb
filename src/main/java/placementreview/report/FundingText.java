package placementreview.report;

import java.util.List;
import placementreview.engine.TraceEntry;
import placementreview.model.Apportionment;
import placementreview.model.ComponentAssignment;
import placementreview.model.Finding;
import placementreview.model.Funder;
import placementreview.model.FunderShare;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.review.JointFunding;

/** Continuing care screening and the funding split in plain text, for review and explain. */
final class FundingText {
    private FundingText() {
    }

    /** Two summary lines for a ranked placement: continuing care, and the split (three £ figures a week and a year). */
    static String summary(Placement p, List<Finding> findings, String indent) {
        StringBuilder out = new StringBuilder();
        out.append(indent).append("Continuing care: ").append(JointFunding.screening(findings).summary())
                .append(" (status ").append(p.continuingCare().status() == null ? "unknown"
                        : p.continuingCare().status().name()).append(")\n");
        Apportionment a = JointFunding.apportionment(findings);
        if (a != null) {
            out.append(indent).append("Funding split (").append(a.ruleId()).append("): ").append(split(a))
                    .append('\n');
        }
        return out.toString();
    }

    /** "Education £0.00, Health £350.00, Social care £6,500.00 a week (0.0% / 5.1% / 94.9%); a year £0.00 / ...". */
    static String split(Apportionment a) {
        StringBuilder weekly = new StringBuilder();
        StringBuilder shares = new StringBuilder();
        StringBuilder annual = new StringBuilder();
        for (Funder f : Funder.values()) {
            FunderShare s = a.share(f);
            String sep = weekly.length() == 0 ? "" : ", ";
            weekly.append(sep).append(f.label()).append(' ').append(Money.gbp(s.weekly()));
            shares.append(shares.length() == 0 ? "" : " / ").append(s.share().toPlainString()).append('%');
            annual.append(annual.length() == 0 ? "" : " / ").append(Money.gbp(s.annual()));
        }
        return weekly + " a week (" + shares + "); a year " + annual;
    }

    /** The components this firing assigned to a funder, one line each, or "". */
    static String assigned(TraceEntry t, String indent) {
        StringBuilder out = new StringBuilder();
        for (Object fact : t.inserted()) {
            if (fact instanceof ComponentAssignment c) {
                out.append(indent).append("assigns: ").append(c.component().key()).append(' ')
                        .append(Money.gbp(c.weekly())).append(" a week to ").append(c.funder().label()).append('\n');
            }
        }
        return out.toString();
    }

    /** The whole split, component by component with the rule that assigned each, for explain. */
    static String byComponent(Apportionment a) {
        StringBuilder out = new StringBuilder("Funding split (" + a.ruleId() + ", " + a.method() + ")\n");
        for (ComponentAssignment c : a.components()) {
            out.append(String.format("   %-19s %12s  %-12s %s  %s%n", c.component().key(), Money.gbp(c.weekly()),
                    c.funder().label(), c.ruleId(), c.ruleName()));
        }
        out.append("   ").append(split(a)).append('\n');
        return out.toString();
    }
}
