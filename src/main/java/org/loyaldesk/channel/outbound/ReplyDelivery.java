package org.loyaldesk.channel.outbound;

import org.loyaldesk.channel.spi.DeliveryException;
import org.loyaldesk.channel.spi.OutboundDriver;
import java.time.Duration;
import java.util.List;

import org.loyaldesk.conversation.Deliveries;
import org.loyaldesk.conversation.OutgoingReply;
import org.loyaldesk.conversation.ReplyPosted;
import org.loyaldesk.platform.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gets every reply to the customer's channel: queued when posted (the event survives a crash in
 * the publication registry), tried at once, retried with growing delays, and reported on the
 * message as sent or failed. Nothing is reported as sent that the channel did not accept.
 */
@Component
class ReplyDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    private final DeliveryQueue queue;
    private final List<OutboundDriver> drivers;
    private final Deliveries deliveries;
    private final List<Duration> retryDelays;

    ReplyDelivery(DeliveryQueue queue, List<OutboundDriver> drivers, Deliveries deliveries, DeliveryProperties properties) {
        this.queue = queue;
        this.drivers = drivers;
        this.deliveries = deliveries;
        this.retryDelays = properties.retryDelays();
    }

    @ApplicationModuleListener
    void on(ReplyPosted posted) {
        queue.enqueue(posted.messageId(), posted.channel());
        attempt(new DeliveryQueue.Due(posted.messageId(), posted.channel(), 0));
    }

    @Scheduled(fixedDelayString = "${loyaldesk.delivery.poll-interval:5s}")
    void deliverDue() {
        queue.due(50).forEach(this::attempt);
    }

    private void attempt(DeliveryQueue.Due due) {
        if (!queue.claim(due.messageId())) {
            return;
        }
        int attempts = due.attempts() + 1;
        try {
            OutgoingReply reply = deliveries.outgoing(due.messageId()).orElse(null);
            if (reply == null) {
                queue.done(due.messageId());
                return;
            }
            driverFor(reply).deliver(reply);
            deliveries.sent(due.messageId(), attempts);
            queue.done(due.messageId());
        } catch (DeliveryException e) {
            boolean finalFailure = e.permanent() || attempts > retryDelays.size();
            log.info("Delivery of message {} failed (attempt {}, {}): {}", due.messageId(), attempts,
                finalFailure ? "giving up" : "will retry", e.getMessage());
            deliveries.failed(due.messageId(), attempts, e.getMessage(), finalFailure);
            if (finalFailure) {
                queue.done(due.messageId());
            } else {
                queue.retryLater(due.messageId(), attempts, retryDelays.get(attempts - 1));
            }
        }
    }

    private OutboundDriver driverFor(OutgoingReply reply) throws DeliveryException {
        for (OutboundDriver driver : drivers) {
            if (driver.handles(reply.channel())) {
                return driver;
            }
        }
        throw new DeliveryException(reply.channel() == Channel.EMAIL
            ? "No mail server is configured (SPRING_MAIL_HOST), so email cannot be sent; the reply is kept here"
            : "No outbound route for the " + reply.channel().code()
                + " channel: an admin can add a webhook under Settings, Channels", true);
    }
}
