package placementreview.report;

import placementreview.review.WhatIf;

/**
 * The what-if as one printable, self-contained HTML page (the panel pack's frame and style, inline SVG, no script),
 * rendered from src/main/jte/whatif/page.jte. Every string from a case file or a rule file is escaped.
 */
public final class WhatIfHtml {
    private WhatIfHtml() {
    }

    public static String render(WhatIf w) {
        return Templates.render("whatif/page.jte", WhatIfPage.of(w));
    }
}
