package org.loyaldesk.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.loyaldesk.channel.email.parse.MailAddress;
import org.loyaldesk.channel.email.parse.ParsedMail;
import org.springframework.stereotype.Component;

/**
 * Finds the conversation a mail continues: first by its In-Reply-To and References headers (any
 * mail in or out we know), then by the conversation reference every subject we send carries
 * ("[#1234]"), then by a reply address with the conversation in it ("support+c1234@…").
 * Headers are proof; a reference in a subject can be copied, so the caller checks the sender.
 */
@Component
class MailThreading {

    private static final Pattern SUBJECT_REFERENCE = Pattern.compile("\\[#(\\d{1,18})]");
    private static final Pattern PLUS_ADDRESS = Pattern.compile("\\+c(\\d{1,18})@");

    private final MailStore store;

    MailThreading(MailStore store) {
        this.store = store;
    }

    Optional<Long> byHeaders(ParsedMail mail) {
        List<String> ids = new ArrayList<>();
        if (!mail.inReplyTo().isEmpty()) {
            ids.add(mail.inReplyTo());
        }
        ids.addAll(mail.references());
        return store.conversationOf(ids.stream().filter(id -> !id.isBlank()).distinct().limit(100).toList());
    }

    Optional<Long> byReference(ParsedMail mail) {
        Matcher subject = SUBJECT_REFERENCE.matcher(mail.subject());
        if (subject.find()) {
            return Optional.of(Long.parseLong(subject.group(1)));
        }
        for (MailAddress recipient : recipients(mail)) {
            Matcher plus = PLUS_ADDRESS.matcher(recipient.normalized());
            if (plus.find()) {
                return Optional.of(Long.parseLong(plus.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The subject a new conversation gets: without reply prefixes and without our reference. */
    static String conversationSubject(String subject) {
        String cleaned = SUBJECT_REFERENCE.matcher(subject == null ? "" : subject).replaceAll("").strip();
        String previous;
        do {
            previous = cleaned;
            cleaned = cleaned.replaceFirst("(?i)^(re|fw|fwd|aw|wg|antw|antwoord|doorst|tr)\\s*(\\[\\d+])?\\s*:\\s*", "").strip();
        } while (!cleaned.equals(previous));
        return cleaned;
    }

    /** The subject of our reply: the conversation's, with its reference. */
    static String replySubject(String conversationSubject, long conversationId) {
        String reference = "[#" + conversationId + "]";
        String subject = conversationSubject == null ? "" : conversationSubject;
        return subject.contains(reference) ? "Re: " + subject : "Re: " + subject + " " + reference;
    }

    private static List<MailAddress> recipients(ParsedMail mail) {
        List<MailAddress> recipients = new ArrayList<>(mail.to());
        recipients.addAll(mail.cc());
        return recipients;
    }
}
