package placementreview.report;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * jte's contextual HTML output, with text between tags escaped as the panel pack always has been: {@code & < > " '}
 * all become entities (jte itself leaves quotes alone in text). Attribute values, script and URL attributes keep
 * jte's own rules, so a value in {@code href} still cannot start {@code javascript:}.
 */
final class EscapingHtmlOutput extends OwaspHtmlTemplateOutput {
    private final TemplateOutput target;
    private String tag;
    private String attribute;

    EscapingHtmlOutput(TemplateOutput target) {
        super(target);
        this.target = target;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        tag = tagName;
        attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null || attribute != null || "script".equalsIgnoreCase(tag) || "style".equalsIgnoreCase(tag)) {
            super.writeUserContent(value);
        } else {
            target.writeContent(escapeText(value));
        }
    }

    static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
