package placementreview.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;

/**
 * Renders the HTML templates under {@code src/main/jte} (docs/templates.md). The build turns every template into a
 * Java class, so a render loads a class and compiles nothing. A page template takes one parameter, its page record
 * (e.g. {@code pack/page.jte} takes a {@link PanelPackPage}); every value it writes is escaped for where it lands.
 * For a designer's preview, {@code -Dplacementreview.templates=src/main/jte} renders from the template files instead
 * (compiled on first use, needs a JDK), so an edited template shows without a rebuild.
 */
public final class Templates {
    /** The Java package the build generates template classes into (pom.xml, jte-maven-plugin packageName). */
    static final String PACKAGE = "placementreview.report.templates";
    static final String PREVIEW_PROPERTY = "placementreview.templates";

    private static final TemplateEngine ENGINE = engine(System.getProperty(PREVIEW_PROPERTY));

    private Templates() {
    }

    /** The page the named template (path under src/main/jte, e.g. "pack/page.jte") makes from its page record. */
    public static String render(String template, Object page) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(template, page, new EscapingHtmlOutput(out));
        return out.toString();
    }

    static TemplateEngine engine(String previewDirectory) {
        if (previewDirectory == null || previewDirectory.isBlank()) {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);
        }
        // the same settings as the jte-maven-plugin in pom.xml, so a preview looks like the built page
        TemplateEngine preview = TemplateEngine.create(new DirectoryCodeResolver(Path.of(previewDirectory)),
                Path.of(System.getProperty("java.io.tmpdir"), "placement-review-jte"), ContentType.Html,
                Templates.class.getClassLoader());
        preview.setTrimControlStructures(true);
        return preview;
    }
}
