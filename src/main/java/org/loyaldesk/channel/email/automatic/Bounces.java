package org.loyaldesk.channel.email.automatic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.loyaldesk.channel.email.parse.ParsedMail;

/**
 * Recognises mail that reports our mail as undeliverable: RFC 3464 delivery status notifications
 * first, as they say exactly which recipient failed and why; then the older bounces that only
 * say it in words, from MAILER-DAEMON or postmaster, with subjects in English, Dutch and German.
 */
public final class Bounces {

    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("^\\s*(?:undeliver|undelivered mail returned to sender"
        + "|delivery status notification \\((?:failure|delay)\\)|delivery (?:has )?failed|delivery failure|failure notice"
        + "|mail delivery failed|mail delivery failure|returned mail|mail system error|non remis|onbestelbaar"
        + "|niet.?bezorgbaar|kan niet worden bezorgd|unzustellbar|nicht zustellbar|message not delivered"
        + "|delivery notification: delivery has failed|warning: could not send message)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAEMON = Pattern.compile("^(?:mailer-daemon|postmaster|mail-daemon|mailer|mdaemon)$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Lines where bounce texts name the failed recipient: alone on a line, "<addr>:", "delivered to addr". */
    private static final Pattern RECIPIENT_LINE = Pattern.compile("(?im)^\\s*<?(" + ADDRESS.pattern() + ")>?\\s*:?\\s*$"
        + "|^\\s*<(" + ADDRESS.pattern() + ")>\\s*:"
        + "|(?:delivered to|delivery to|message to|couldn't be delivered to|could not be delivered to|recipient address:"
        + "|failed recipient:|original-recipient:|final-recipient:\\s*rfc822;)\\s*<?(" + ADDRESS.pattern() + ")");
    private static final Pattern STATUS = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final Pattern SMTP_REPLY = Pattern.compile("(?m)^.*\\b[45]\\d\\d[\\s-].*$");
    private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^message-id:\\s*<([^>\\s]+)>");
    private static final Pattern BOUNCE_WORDS = Pattern.compile("could not be delivered|couldn't be delivered|undeliverable"
        + "|permanent (?:error|fatal)|delivery (?:to the following recipients? )?failed|user unknown|no such user"
        + "|mailbox unavailable|niet bezorgd|onbestelbaar", Pattern.CASE_INSENSITIVE);
    private static final int SCANNED_CHARS = 20_000;

    private Bounces() {
    }

    public static Optional<Bounce> recognise(ParsedMail mail) {
        Optional<ParsedMail.ReportPart> status = mail.reportPart("message/delivery-status")
            .or(() -> mail.reportPart("message/global-delivery-status"));
        boolean deliveryReport = mail.headers().valueOf("Content-Type").toLowerCase(Locale.ROOT).contains("delivery-status");
        if (status.isPresent() && deliveryReport) {
            List<FailedRecipient> failed = DeliveryStatus.recipients(status.get().content());
            return failed.isEmpty() ? Optional.empty() : Optional.of(new Bounce(failed, originalMessageId(mail), true));
        }
        boolean fromDaemon = DAEMON.matcher(mail.from().localPart()).matches();
        boolean bounceSubject = BOUNCE_SUBJECT.matcher(mail.subject()).find();
        boolean daemonSaysSo = fromDaemon && (status.isPresent() || BOUNCE_WORDS.matcher(head(mail.text())).find());
        if (!bounceSubject && !daemonSaysSo) {
            return Optional.empty();
        }
        return Optional.of(new Bounce(recipientsFromText(mail), originalMessageId(mail), false));
    }

    private static List<FailedRecipient> recipientsFromText(ParsedMail mail) {
        String text = head(mail.text());
        Set<String> addresses = new LinkedHashSet<>();
        Matcher line = RECIPIENT_LINE.matcher(text);
        while (line.find()) {
            for (int group = 1; group <= line.groupCount(); group++) {
                if (line.group(group) != null && !isDaemon(line.group(group)) && !line.group(group).equalsIgnoreCase(mail.from().address())) {
                    addresses.add(line.group(group));
                }
            }
        }
        Matcher statusCode = STATUS.matcher(text);
        String status = statusCode.find() ? statusCode.group(1) : "";
        Matcher reply = SMTP_REPLY.matcher(text);
        String diagnostic = reply.find() ? clip(reply.group().strip()) : "";
        List<FailedRecipient> recipients = new ArrayList<>();
        addresses.forEach(address -> recipients.add(new FailedRecipient(address, "failed", status, diagnostic)));
        return recipients;
    }

    /** The Message-ID of the returned message: from its attached copy or its returned headers. */
    private static String originalMessageId(ParsedMail mail) {
        for (ParsedMail returned : mail.attachedMessages()) {
            if (!returned.messageId().isEmpty()) {
                return returned.messageId();
            }
        }
        String returnedHeaders = mail.reportPart("text/rfc822-headers").map(ParsedMail.ReportPart::content)
            .orElse(head(mail.text()));
        Matcher id = MESSAGE_ID_LINE.matcher(returnedHeaders);
        return id.find() ? id.group(1) : "";
    }

    private static String head(String text) {
        return text.length() <= SCANNED_CHARS ? text : text.substring(0, SCANNED_CHARS);
    }

    private static boolean isDaemon(String address) {
        return DAEMON.matcher(address.substring(0, address.indexOf('@'))).matches();
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
