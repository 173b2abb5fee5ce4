package org.loyaldesk.channel.email.automatic;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.loyaldesk.channel.email.parse.ParsedMail;

/**
 * Recognises mail that Loyaldesk itself sent coming back in: by the {@value #LOOP_HEADER} header
 * it puts on all its outbound mail, by a Message-ID in its own domain, or by a sender that is one of
 * its own mailboxes. Such mail is filed but never answered, or two mailboxes would answer each other
 * forever.
 */
public final class MailLoops {

    /** Set on every outbound message, with the sending instance's id as value. */
    public static final String LOOP_HEADER = "X-Loyaldesk-Loop";

    private final String instanceId;
    private final Set<String> ownDomains;
    private final Set<String> ownAddresses;

    public MailLoops(String instanceId, Set<String> ownDomains, Set<String> ownAddresses) {
        this.instanceId = instanceId;
        this.ownDomains = lowerCase(ownDomains);
        this.ownAddresses = lowerCase(ownAddresses);
    }

    /** Why a message is (or may be) one of ours coming back. */
    public record Loop(Reason reason, String detail) {

        public enum Reason {
            /** Sent by this Loyaldesk. */
            OWN_MAIL,
            /** Sent by another Loyaldesk installation: two helpdesks must not answer each other. */
            OTHER_LOYALDESK,
            /** From one of our own mailboxes. */
            OWN_ADDRESS
        }
    }

    public Optional<Loop> recognise(ParsedMail mail) {
        Optional<String> marker = mail.headers().first(LOOP_HEADER).map(String::strip);
        if (marker.isPresent()) {
            return Optional.of(marker.get().equals(instanceId)
                ? new Loop(Loop.Reason.OWN_MAIL, LOOP_HEADER + " of this instance")
                : new Loop(Loop.Reason.OTHER_LOYALDESK, LOOP_HEADER + ": " + marker.get()));
        }
        String idDomain = domainOf(mail.messageId());
        if (!idDomain.isEmpty() && ownDomains.contains(idDomain)) {
            return Optional.of(new Loop(Loop.Reason.OWN_MAIL, "Message-ID in our domain " + idDomain));
        }
        if (ownAddresses.contains(mail.from().normalized())) {
            return Optional.of(new Loop(Loop.Reason.OWN_ADDRESS, "sent from our own address " + mail.from().normalized()));
        }
        return Optional.empty();
    }

    private static String domainOf(String messageId) {
        int at = messageId.lastIndexOf('@');
        return at < 0 ? "" : messageId.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
