package org.loyaldesk.privacy;

import java.util.function.Predicate;

import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;

/**
 * Which timeline entries an export holds. The customer gets the public messages: their own and our
 * replies (also one whose mail bounced: the portal shows it to them all the same). The team also gets
 * internal notes and hand-over notes. Status and other events are left out for both: they record our
 * workflow, and a conversation's status and solving time are in the export already.
 */
final class MessagesShown {

    private MessagesShown() {
    }

    static Predicate<TimelineEntry> to(Audience audience) {
        return switch (audience) {
            case CUSTOMER -> TimelineEntry::isPublic;
            case TEAM -> entry -> entry.kind() != MessageKind.EVENT;
        };
    }
}
