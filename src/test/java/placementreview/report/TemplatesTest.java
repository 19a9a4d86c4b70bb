package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions docs/templates.md promises designers, checked over every template under src/main/jte. */
class TemplatesTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
        }
    }

    @Test
    void aPageEndsWithALineBreakAndATemplateAPageCallsEndsWithout() throws IOException {
        assertThat(templates()).isNotEmpty();
        for (Path template : templates()) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            boolean page = template.getFileName().toString().equals("page.jte");
            assertThat(text.endsWith("\n"))
                    .as("%s %s", template, page ? "is a page: it must end with a line break"
                            : "is called by another template: it must end without a line break (the caller ends the line)")
                    .isEqualTo(page);
        }
    }

    @Test
    void everyTemplateIsGeneratedIntoJavaAtBuildTime() throws IOException {
        for (Path template : templates()) {
            String relative = TEMPLATES.relativize(template).toString().replace('\\', '/');
            String folder = relative.substring(0, relative.lastIndexOf('/')).replace('/', '.');
            String name = relative.substring(relative.lastIndexOf('/') + 1, relative.length() - ".jte".length());
            String generated = Templates.PACKAGE + "." + folder + ".Jte" + name + "Generated";
            assertThat(classExists(generated)).as("%s precompiled as %s", template, generated).isTrue();
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, TemplatesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void aPreviewRendersAnEditedTemplateFromItsFileWithTheSameEscaping(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("probe"));
        Files.writeString(folder.resolve("probe/page.jte"), "@param String name\n<p title=\"${name}\">${name}</p>\n");
        TemplateEngine preview = Templates.engine(folder.toString());

        StringOutput out = new StringOutput();
        preview.render("probe/page.jte", "<b>\"Smith's\" & co</b>", new EscapingHtmlOutput(out));

        assertThat(out.toString()).isEqualTo("<p title=\"&lt;b>&#34;Smith&#39;s&#34; &amp; co&lt;/b>\">"
                + "&lt;b&gt;&quot;Smith&#39;s&quot; &amp; co&lt;/b&gt;</p>\n");
    }
}
