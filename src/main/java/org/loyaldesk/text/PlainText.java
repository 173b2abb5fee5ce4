package org.loyaldesk.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares whatever arrives for reading: at most {@link #LIMIT} characters, HTML reduced to its text
 * with line breaks where blocks end, common entities decoded. Bounding the input bounds the work.
 */
public final class PlainText {

    /** A customer message longer than this is a pasted log or attachment; its start is what matters. */
    public static final int LIMIT = 20_000;

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is)<(html|body|div|p|br|span|table|font|b|i|a)[\\s/>]");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)\\s*>");
    private static final Pattern QUOTE_START = Pattern.compile("(?i)<blockquote[^>]*>");
    private static final Pattern QUOTE_END = Pattern.compile("(?i)</blockquote\\s*>");
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

    private PlainText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String bounded = text.length() > LIMIT ? text.substring(0, LIMIT) : text;
        return LOOKS_LIKE_HTML.matcher(bounded).find() ? fromHtml(bounded) : bounded;
    }

    /** A blockquote is quoted history: its lines get "> " the way plain-text mail marks them, for the splitter. */
    private static String markQuotes(String text) {
        if (text.indexOf(OPEN) < 0) {
            return text;
        }
        StringBuilder marked = new StringBuilder(text.length() + 64);
        int depth = 0;
        for (String line : text.split("\n", -1)) {
            depth += (int) line.chars().filter(c -> c == OPEN).count();
            String clean = line.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
            marked.append(depth > 0 && !clean.isBlank() ? "> " : "").append(clean).append('\n');
            depth = Math.max(0, depth - (int) line.chars().filter(c -> c == CLOSE).count());
        }
        return marked.toString();
    }

    private static String fromHtml(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = QUOTE_START.matcher(text).replaceAll("\n" + OPEN);
        text = QUOTE_END.matcher(text).replaceAll(CLOSE + "\n");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(match -> {
            int codePoint = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            return Character.isValidCodePoint(codePoint) ? Matcher.quoteReplacement(Character.toString(codePoint)) : " ";
        });
        return markQuotes(text).replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
            .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
