package org.loyaldesk.channel.email.parse;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Readable plain text from HTML: block elements become line breaks, list items get a bullet. */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "blockquote", "pre", "hr", "address", "center", "section", "article", "header", "footer", "dl", "dt",
        "dd", "form", "fieldset", "title");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "object", "iframe");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder(html.length() / 2);
        Element body = Jsoup.parse(html).body();
        NodeTraversor.filter(new Writer(text), body);
        return text.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private record Writer(StringBuilder text) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && SKIPPED.contains(element.normalName())) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode textNode) {
                boolean preformatted = node.parent() instanceof Element parent && parent.nameIs("pre");
                String words = preformatted ? textNode.getWholeText() : textNode.text();
                if (!preformatted && (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    words = words.stripLeading();
                }
                text.append(words);
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    text.append('\n');
                } else if (element.nameIs("li")) {
                    newLine();
                    text.append("• ");
                } else if (element.nameIs("td") || element.nameIs("th")) {
                    text.append(' ');
                } else if (BLOCKS.contains(element.normalName())) {
                    newLine();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && (BLOCKS.contains(element.normalName()) || element.nameIs("li"))) {
                newLine();
            }
            return FilterResult.CONTINUE;
        }

        private void newLine() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }
    }
}
