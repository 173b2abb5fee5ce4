package org.loyaldesk.channel.email.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Entities;

/** Gathers what the walk finds for one message (the outer one or an attached one) and builds its {@link ParsedMail}. */
final class MessageBuilder {

    private final ParseLimits limits;
    private final Map<String, TextGroup> texts = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<ParsedMail> attachedMessages = new ArrayList<>();
    private final List<ParsedMail.ReportPart> reportParts = new ArrayList<>();
    private MailHeaders headers = MailHeaders.NONE;
    private String salvagedText = "";

    MessageBuilder(ParseLimits limits) {
        this.limits = limits;
    }

    /** The plain and HTML alternatives of one piece of text; the first plain and the last HTML win, as in mail readers. */
    private static final class TextGroup {
        String plain;
        String html;
    }

    void headers(List<MailHeaders.Header> fields) {
        headers = new MailHeaders(fields);
    }

    void text(String group, boolean html, String content) {
        TextGroup texts = this.texts.computeIfAbsent(group, ignored -> new TextGroup());
        if (html) {
            texts.html = content;
        } else if (texts.plain == null) {
            texts.plain = content;
        }
    }

    void attachment(Attachment attachment) {
        attachments.add(attachment);
    }

    void attachedMessage(ParsedMail message) {
        attachedMessages.add(message);
    }

    void reportPart(String contentType, String content) {
        reportParts.add(new ParsedMail.ReportPart(contentType, content));
    }

    /** Text found where no proper body was, such as the preamble of a multipart whose boundary never occurs. */
    void salvage(String text) {
        if (salvagedText.isBlank()) {
            salvagedText = text;
        }
    }

    boolean hasHeaders() {
        return !headers.fields().isEmpty();
    }

    boolean hasText() {
        return !texts.isEmpty();
    }

    ParsedMail build(Problems problems) {
        String text = limit(plainText(), problems);
        String html = limit(htmlText(), problems);
        if (text.isBlank()) {
            problems.add(ParseProblem.Kind.NO_TEXT, attachments.isEmpty() ? "the message has no text" : "the message has only attachments");
        }
        return new ParsedMail(MessageIds.first(headers.firstRaw("Message-ID").orElse(null)),
            MessageIds.first(headers.firstRaw("In-Reply-To").orElse(null)),
            MessageIds.all(headers.firstRaw("References").orElse(null)),
            headers.valueOf("Subject").replaceAll("[\\r\\n\\t]+", " ").strip(),
            Addresses.first(headers.firstRaw("From").orElse(null)),
            addresses("To"), addresses("Cc"), addresses("Reply-To"),
            MailDates.parse(headers.valueOf("Date")), headers, text, MailHtml.sanitize(html),
            attachments, attachedMessages, reportParts, problems.list());
    }

    private List<MailAddress> addresses(String header) {
        List<MailAddress> all = new ArrayList<>();
        headers.fields().stream().filter(field -> field.name().equalsIgnoreCase(header))
            .forEach(field -> all.addAll(Addresses.parse(field.raw())));
        return all;
    }

    private String plainText() {
        List<String> pieces = new ArrayList<>();
        for (TextGroup group : texts.values()) {
            String piece = group.plain != null && (!group.plain.isBlank() || group.html == null) ? group.plain
                : HtmlText.of(group.html);
            if (!piece.isBlank()) {
                pieces.add(piece.strip());
            }
        }
        return pieces.isEmpty() ? salvagedText.strip() : String.join("\n\n", pieces);
    }

    private String htmlText() {
        if (texts.values().stream().noneMatch(group -> group.html != null)) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (TextGroup group : texts.values()) {
            html.append(group.html != null ? group.html
                : "<pre>" + Entities.escape(group.plain == null ? "" : group.plain) + "</pre>");
        }
        return html.toString();
    }

    private String limit(String text, Problems problems) {
        if (text.length() <= limits.maxTextChars()) {
            return text;
        }
        problems.add(ParseProblem.Kind.TEXT_TRUNCATED, "text cut at " + limits.maxTextChars() + " characters");
        return text.substring(0, limits.maxTextChars());
    }
}
