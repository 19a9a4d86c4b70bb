package placementreview.report;

import java.util.List;
import placementreview.engine.RuleInfo;
import placementreview.review.Review;
import placementreview.review.SinceLast;

/**
 * The commissioning panel's pack: one self-contained HTML file (inline CSS and SVG, no script, no external fetch)
 * that prints on A4, rendered from src/main/jte/pack/page.jte. Plain language first, rule ids second.
 */
public final class HtmlPack {
    private HtmlPack() {
    }

    public static String render(Review review, List<RuleInfo> catalogue) {
        return render(review, catalogue, null);
    }

    /** With the "Since the last panel" page, after the headline figures, when {@code sinceLast} is not null. */
    public static String render(Review review, List<RuleInfo> catalogue, SinceLast sinceLast) {
        return Templates.render("pack/page.jte", PanelPackPage.of(review, catalogue, sinceLast));
    }
}
