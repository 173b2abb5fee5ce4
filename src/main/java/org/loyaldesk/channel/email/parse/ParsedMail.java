package org.loyaldesk.channel.email.parse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one raw message says, as far as it could be read. {@code text} always exists (derived from
 * the HTML when there is only HTML, "" at worst); {@code html} is sanitised for display and "" when
 * the message has none; {@code sentAt} is null when the Date header is missing or unreadable.
 * Whatever was wrong is listed in {@code problems}.
 */
public record ParsedMail(String messageId, String inReplyTo, List<String> references, String subject,
                         MailAddress from, List<MailAddress> to, List<MailAddress> cc, List<MailAddress> replyTo,
                         Instant sentAt, MailHeaders headers, String text, String html,
                         List<Attachment> attachments, List<ParsedMail> attachedMessages,
                         List<ReportPart> reportParts, List<ParseProblem> problems) {

    public ParsedMail {
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        replyTo = List.copyOf(replyTo);
        attachments = List.copyOf(attachments);
        attachedMessages = List.copyOf(attachedMessages);
        reportParts = List.copyOf(reportParts);
        problems = List.copyOf(problems);
    }

    /**
     * A machine-readable part of a report (RFC 6522): a delivery status, returned headers, a
     * disposition or feedback report, as text.
     */
    public record ReportPart(String contentType, String content) {
    }

    public boolean hasHtml() {
        return !html.isEmpty();
    }

    public boolean hasProblem(ParseProblem.Kind kind) {
        return problems.stream().anyMatch(problem -> problem.kind() == kind);
    }

    public Optional<ReportPart> reportPart(String contentType) {
        return reportParts.stream().filter(part -> part.contentType().equalsIgnoreCase(contentType)).findFirst();
    }

    /** Where to send a reply: Reply-To when given, otherwise From. */
    public Optional<MailAddress> replyAddress() {
        if (!replyTo.isEmpty()) {
            return Optional.of(replyTo.getFirst());
        }
        return from.address().isEmpty() ? Optional.empty() : Optional.of(from);
    }
}
