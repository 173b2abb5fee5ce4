package org.loyaldesk.conversation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.text.MessageParts;
import org.loyaldesk.text.QuotedHistory;

/**
 * What customers wrote, with the history their mail program quoted and their signature folded
 * away on the timeline: shown on request, never deleted.
 */
final class FoldedText {

    private FoldedText() {
    }

    /** Parts by message id, for customer messages that have something to fold. */
    static Map<Long, MessageParts> of(List<TimelineEntry> timeline) {
        Map<Long, MessageParts> parts = new HashMap<>();
        for (TimelineEntry entry : timeline) {
            if (entry.kind() != MessageKind.INBOUND) {
                continue;
            }
            MessageParts split = QuotedHistory.split(entry.body());
            boolean foldable = !split.newText().isBlank() && (!split.quoted().isBlank() || !split.signature().isBlank());
            if (foldable) {
                parts.put(entry.id(), split);
            }
        }
        return parts;
    }
}
