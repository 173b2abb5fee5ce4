package org.loyaldesk.channel.email;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.AddressException;

import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.channel.email.automatic.AutoReplyBudget;
import org.loyaldesk.channel.email.automatic.AutoReplyThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Automatic mail (surveys, acknowledgements) through the same SMTP server and store as replies. */
@Component
class SmtpOutboundMail implements OutboundMail {

    private static final Logger log = LoggerFactory.getLogger(SmtpOutboundMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final SentMails sent;
    private final MailStore store;
    private final UndeliverableAddresses undeliverable;
    private final MailSettings settings;
    private final MailIngest ingest;
    private final AutoReplyThrottle throttle;

    SmtpOutboundMail(ObjectProvider<JavaMailSender> sender, SentMails sent, MailStore store,
                     UndeliverableAddresses undeliverable, MailSettings settings, MailIngest ingest, Clock clock) {
        this.sender = sender;
        this.sent = sent;
        this.store = store;
        this.undeliverable = undeliverable;
        this.settings = settings;
        this.ingest = ingest;
        this.throttle = new AutoReplyThrottle(new AutoReplyBudget(settings.automaticPerDay(), Duration.ofHours(24)), clock);
    }

    @Override
    public boolean deliverable(String address) {
        return address != null && address.contains("@") && undeliverable.reason(address).isEmpty();
    }

    @Override
    public MailOutcome send(AutomaticMessage message) {
        return send(message, false);
    }

    @Override
    public MailOutcome sendRequested(AutomaticMessage message) {
        return send(message, true);
    }

    private MailOutcome send(AutomaticMessage message, boolean requested) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return MailOutcome.NOT_CONFIGURED;
        }
        if (!deliverable(message.to())) {
            return MailOutcome.UNDELIVERABLE;
        }
        if (!requested && !throttle.tryReserve(message.to().toLowerCase())) {
            return MailOutcome.THROTTLED;
        }
        Optional<MailStore.LastInbound> last = message.conversationId() == null ? Optional.empty()
            : store.lastInbound(message.conversationId());
        List<String> references = new ArrayList<>();
        last.map(MailStore.LastInbound::rfcMessageId).filter(id -> id != null && !id.isBlank()).ifPresent(references::add);
        try {
            MailComposer.Composed mail = MailComposer.compose(new MailComposer.Draft(
                EmailReplyDriver.address(settings.address(), settings.displayName()),
                List.of(EmailReplyDriver.address(message.to(), null)), List.of(), null, message.subject(), message.text(),
                message.html(), null, references.isEmpty() ? null : references.getFirst(), references, true, message.purpose(),
                settings.domain(), List.of()), ingest.loopMarker());
            if (requested) {
                sent.sendWithoutCopy(smtp, mail);
            } else {
                sent.send(smtp, mail, null, message.conversationId(), message.subject());
            }
            return MailOutcome.SENT;
        } catch (SentMails.Refused | AddressException | IllegalArgumentException e) {
            log.info("Automatic mail ({}) to {} not sent: {}", message.purpose(), message.to(), e.getMessage());
            return MailOutcome.FAILED;
        }
    }
}
