package placementreview.report;

import java.util.List;
import placementreview.engine.RuleInfo;
import placementreview.review.Review;

/**
 * The commissioning panel's pack: one self-contained HTML file (inline CSS and SVG, no script, no external fetch)
 * that prints on A4, rendered from src/main/jte/pack/page.jte. Plain language first, rule ids second.
 */
public final class HtmlPack {
    private HtmlPack() {
    }

    public static String render(Review review, List<RuleInfo> catalogue) {
        return Templates.render("pack/page.jte", PanelPackPage.of(review, catalogue));
    }
}
