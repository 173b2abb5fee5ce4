package org.loyaldesk.channel.email.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * HTML from outside made safe to show in the agent's browser: an allowlist of formatting tags and
 * attributes, so no script, event handler, form, frame, object, style sheet or {@code javascript:}
 * URL survives. Images keep {@code cid:} sources (inline parts served later) and {@code data:}
 * sources only for raster image types. Inline styles keep only properties that cannot move content
 * outside the message's box. Agents' screens should still show it in a sandboxed frame.
 */
public final class MailHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
        .addTags("center", "font", "hr", "s", "strike", "tt", "abbr", "address", "bdo", "del", "ins", "small", "big")
        .addAttributes(":all", "style", "align", "dir", "title")
        .addAttributes("font", "color", "face", "size")
        .addAttributes("table", "border", "cellpadding", "cellspacing", "bgcolor", "valign")
        .addAttributes("td", "bgcolor", "valign", "nowrap")
        .addAttributes("th", "bgcolor", "valign", "nowrap")
        .addAttributes("tr", "bgcolor", "valign")
        .addAttributes("img", "border", "hspace", "vspace")
        .addProtocols("img", "src", "cid", "data")
        .addProtocols("a", "href", "tel")
        .removeProtocols("a", "href", "ftp");

    private static final Pattern SAFE_DATA_IMAGE = Pattern.compile("(?i)data:image/(png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=\\s]*");
    private static final Set<String> SAFE_STYLE_PROPERTIES = Set.of("color", "background-color", "font", "font-family",
        "font-size", "font-style", "font-weight", "text-align", "text-decoration", "text-indent", "text-transform",
        "line-height", "letter-spacing", "vertical-align", "white-space", "margin", "margin-top", "margin-right",
        "margin-bottom", "margin-left", "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "border", "border-top", "border-right", "border-bottom", "border-left", "border-color", "border-style",
        "border-width", "border-collapse", "border-spacing", "border-radius", "width", "max-width", "min-width",
        "height", "max-height", "min-height", "list-style", "list-style-type", "direction", "display");
    private static final Pattern SAFE_STYLE_VALUE = Pattern.compile("[#%\\w\\s.,'\"!+-]*(?:\\([\\d\\s.,%]*\\))?[#%\\w\\s.,'\"!+-]*");

    private MailHtml() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parse(html));
        clean.outputSettings().prettyPrint(false);
        for (Element image : clean.select("img[src]")) {
            String source = image.attr("src").strip();
            if (source.regionMatches(true, 0, "data:", 0, 5) && !SAFE_DATA_IMAGE.matcher(source).matches()) {
                image.removeAttr("src");
            }
        }
        for (Element link : clean.select("a[href]")) {
            link.attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
        }
        for (Element styled : clean.select("[style]")) {
            String style = safeStyle(styled.attr("style"));
            if (style.isEmpty()) {
                styled.removeAttr("style");
            } else {
                styled.attr("style", style);
            }
        }
        return clean.body().html();
    }

    /**
     * The stored (sanitised) HTML with every image from elsewhere disabled: a remote image tells the
     * sender when, how often and from where the agent read the mail (a tracking pixel). The address
     * is kept in {@code data-remote-src} and the image shows its alt text, or nothing. Applied when
     * the mail is shown, so that mail stored before this rule is covered too.
     */
    public static RemoteImagesBlocked withoutRemoteImages(String sanitized) {
        Document document = Jsoup.parseBodyFragment(sanitized == null ? "" : sanitized);
        document.outputSettings().prettyPrint(false);
        int blocked = 0;
        for (Element image : document.select("img[src]")) {
            String source = image.attr("src").strip();
            if (isRemote(source)) {
                image.attr("data-remote-src", source).removeAttr("src");
                blocked++;
            }
        }
        return new RemoteImagesBlocked(document.body().html(), blocked);
    }

    /**
     * The same HTML with each image from elsewhere loaded through {@code proxied} (given the image's number in the
     * mail, from 0), so that an agent who chose to see them contacts no one from their own browser.
     */
    public static String withRemoteImagesProxied(String sanitized, java.util.function.IntFunction<String> proxied) {
        Document document = Jsoup.parseBodyFragment(sanitized == null ? "" : sanitized);
        document.outputSettings().prettyPrint(false);
        int number = 0;
        for (Element image : document.select("img[src]")) {
            if (isRemote(image.attr("src"))) {
                image.attr("src", proxied.apply(number++));
            }
        }
        return document.body().html();
    }

    /** The address of the mail's {@code number}th image from elsewhere (counted from 0), if it has that many. */
    public static java.util.Optional<String> remoteImage(String sanitized, int number) {
        if (number < 0) {
            return java.util.Optional.empty();
        }
        return Jsoup.parseBodyFragment(sanitized == null ? "" : sanitized).select("img[src]").stream()
            .map(image -> image.attr("src").strip()).filter(MailHtml::isRemote).skip(number).findFirst();
    }

    private static boolean isRemote(String source) {
        String src = source.strip();
        return !src.regionMatches(true, 0, "cid:", 0, 4) && !src.regionMatches(true, 0, "data:", 0, 5);
    }

    /** HTML safe to show without contacting anyone, and how many images it would have loaded from elsewhere. */
    public record RemoteImagesBlocked(String html, int blocked) {
    }

    /** Plain text of an HTML body, with line breaks where the blocks were. */
    public static String toText(String html) {
        return HtmlText.of(html);
    }

    static String safeStyle(String style) {
        StringBuilder kept = new StringBuilder();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            String lower = value.toLowerCase(Locale.ROOT);
            boolean safeValue = SAFE_STYLE_VALUE.matcher(value).matches() && !lower.contains("url")
                && !lower.contains("expression") && !lower.contains("script") && !lower.contains("fixed");
            if (SAFE_STYLE_PROPERTIES.contains(property) && safeValue && !value.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : "; ").append(property).append(": ").append(value);
            }
        }
        return kept.toString();
    }
}
