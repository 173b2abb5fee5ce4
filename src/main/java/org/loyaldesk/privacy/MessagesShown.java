package org.loyaldesk.privacy;

import java.util.function.Predicate;

import org.loyaldesk.conversation.DeliveryStatus;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;

/**
 * Which timeline entries an export holds. The customer gets what they saw: their own messages and the
 * replies that reached them (a reply whose delivery failed never did). The team also gets internal notes
 * and hand-over notes. Status and other events are left out for both: they record our workflow, and a
 * conversation's status and solving time are in the export already.
 */
final class MessagesShown {

    private MessagesShown() {
    }

    static Predicate<TimelineEntry> to(Audience audience) {
        return switch (audience) {
            case CUSTOMER -> entry -> entry.isPublic() && entry.deliveryStatus() != DeliveryStatus.FAILED;
            case TEAM -> entry -> entry.kind() != MessageKind.EVENT;
        };
    }
}
