package org.loyaldesk.channel.spi;

import org.loyaldesk.conversation.OutgoingReply;
import org.loyaldesk.platform.Channel;

/** Delivers replies on one or more channels. */
public interface OutboundDriver {

    boolean handles(Channel channel);

    /** Returns normally when the receiving side accepted the reply; throws with the reason otherwise. */
    void deliver(OutgoingReply reply) throws DeliveryException;
}
