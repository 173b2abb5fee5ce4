package org.loyaldesk.knowledge;

import java.time.Clock;
import java.util.regex.Pattern;

import org.loyaldesk.channel.InboundMessage;
import org.loyaldesk.channel.InboundMessages;
import org.loyaldesk.channel.Sender;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.platform.Channel;
import org.springframework.stereotype.Service;

/**
 * "Still need help?": a question sent from the help centre becomes a customer message like any
 * other, and the visitor who sent it becomes that customer, so that this contact — and any later
 * one on another channel — counts against the help centre's deflection.
 */
@Service
public class HelpCentreContact {

    static final int MAX_NAME = 200;
    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s.]{2,}");

    private final InboundMessages inbound;
    private final HelpCentreVisits visits;
    private final Clock clock;

    HelpCentreContact(InboundMessages inbound, HelpCentreVisits visits, Clock clock) {
        this.inbound = inbound;
        this.visits = visits;
        this.clock = clock;
    }

    /** Which field is wrong, as a message key of the help centre; null when the question can be sent. */
    public static String problem(String name, String email, String subject, String text) {
        if (email == null || email.isBlank() || email.strip().length() > 320 || !EMAIL.matcher(email.strip()).matches()) {
            return "help.contact.error.email";
        }
        if (text == null || text.isBlank()) {
            return "help.contact.error.text";
        }
        if (text.length() > MAX_TEXT || (name != null && name.length() > MAX_NAME)
            || (subject != null && subject.length() > MAX_SUBJECT)) {
            return "help.contact.error.long";
        }
        return null;
    }

    /** Files the question; returns the conversation it went to. */
    public Receipt send(String visitor, String name, String email, String subject, String text) {
        String wrong = problem(name, email, subject, text);
        if (wrong != null) {
            throw new IllegalArgumentException(wrong);
        }
        Receipt receipt = inbound.accept(new InboundMessage(Channel.PORTAL,
            new Sender(email.strip(), null, null, name == null || name.isBlank() ? null : name.strip()),
            subject == null || subject.isBlank() ? null : subject.strip(), text.strip(), null, null, clock.instant()));
        visits.knownAs(visitor, receipt.customerId());
        visits.contacted(visitor);
        return receipt;
    }
}
