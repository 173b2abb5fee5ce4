package org.loyaldesk.channel.email.automatic;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.loyaldesk.channel.email.parse.MailHeaders;
import org.loyaldesk.channel.email.parse.ParsedMail;

/**
 * Recognises automatic mail by what its sender declares (RFC 3834 Auto-Submitted, the older
 * X-Autoreply and Precedence headers, list headers, an empty return path) and by the subjects
 * out-of-office replies have in English and Dutch. Answering any of these automatically risks a
 * mail loop or a reply to nobody.
 */
public final class AutoReplies {

    /**
     * Phrases at the start of the subject (after any "Re:"), as mail programs put them there. Words that a
     * customer could also start a subject with ("Vakantie", "Afwezig") only count when followed by a colon.
     */
    private static final Pattern OUT_OF_OFFICE_SUBJECT = Pattern.compile("^\\s*(?:(?:re|aw|antw|sv|fw|fwd)\\s*:\\s*)*(?:"
        + "(?:out of (?:the )?office|automatic reply|auto[- ]?reply|auto[- ]?response|away from (?:the )?office"
        + "|vacation (?:reply|message|notice)|afwezigheidsbericht|afwezigheidsmelding|automatisch antwoord"
        + "|automatisch bericht|automatische reactie|automatisch beantwoord|niet aanwezig|niet op kantoor|buiten kantoor"
        + "|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau)\\b"
        + "|(?:afwezig|vakantie|met vakantie|on vacation|on holiday|away|absent)\\s*(?::|$))",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NO_REPLY_SENDER = Pattern.compile(
        "(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|donotreply|niet[-_.]?beantwoorden|geen[-_.]?antwoord)",
        Pattern.CASE_INSENSITIVE);

    private AutoReplies() {
    }

    public static Optional<AutomaticMail> recognise(ParsedMail mail) {
        return recognise(mail.headers(), mail.subject(), mail.from().localPart());
    }

    static Optional<AutomaticMail> recognise(MailHeaders headers, String subject, String senderLocalPart) {
        String autoSubmitted = token(headers.valueOf("Auto-Submitted"));
        String precedence = token(headers.valueOf("Precedence"));
        if (OUT_OF_OFFICE_SUBJECT.matcher(subject).find()) {
            return found(AutomaticMail.Kind.OUT_OF_OFFICE, "subject '" + subject + "'");
        }
        if (autoSubmitted.equals("auto-replied") || headers.has("X-Autoreply") || headers.has("X-Autorespond")
            || precedence.equals("auto_reply") || suppressesAutoResponses(headers)) {
            return found(AutomaticMail.Kind.AUTO_REPLY, "auto-reply header");
        }
        if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
            return found(AutomaticMail.Kind.AUTO_GENERATED, "Auto-Submitted: " + autoSubmitted);
        }
        if (headers.has("List-Id") || headers.has("List-Unsubscribe") || precedence.equals("list")) {
            return found(AutomaticMail.Kind.MAILING_LIST, "list header");
        }
        if (precedence.equals("bulk") || precedence.equals("junk")) {
            return found(AutomaticMail.Kind.BULK, "Precedence: " + precedence);
        }
        if (headers.first("Return-Path").map(path -> path.replaceAll("[<>\\s]", "").isEmpty()).orElse(false)) {
            return found(AutomaticMail.Kind.AUTO_GENERATED, "empty Return-Path (sent by a mail system)");
        }
        if (NO_REPLY_SENDER.matcher(senderLocalPart).find()) {
            return found(AutomaticMail.Kind.AUTO_GENERATED, "no-reply sender " + senderLocalPart);
        }
        return Optional.empty();
    }

    /** Exchange marks its own out-of-office and other automatic mail with X-Auto-Response-Suppress: All or OOF. */
    private static boolean suppressesAutoResponses(MailHeaders headers) {
        String suppress = headers.valueOf("X-Auto-Response-Suppress").toLowerCase(Locale.ROOT);
        return suppress.contains("all") || suppress.contains("oof");
    }

    /** The first word of a header value, without parameters or comments: "auto-replied; owner=x (y)" is "auto-replied". */
    private static String token(String value) {
        String first = value.strip().split("[;\\s(]", 2)[0];
        return first.toLowerCase(Locale.ROOT);
    }

    private static Optional<AutomaticMail> found(AutomaticMail.Kind kind, String reason) {
        return Optional.of(new AutomaticMail(kind, reason));
    }
}
