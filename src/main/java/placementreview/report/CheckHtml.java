package placementreview.report;

import placementreview.review.StepDownCheck;

/** The step-down check as one printable A4 page (template check/page.jte; costs only {@code withCosts}). */
public final class CheckHtml {
    private CheckHtml() {
    }

    public static String render(StepDownCheck check, boolean withCosts) {
        return Templates.render("check/page.jte", StepDownCheckPage.of(check, withCosts));
    }
}
