package org.loyaldesk.automation;

import java.util.Optional;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.platform.Language;
import org.loyaldesk.text.LanguageDetection;
import org.springframework.stereotype.Component;

/**
 * The language to answer a conversation in: the customer's, when we know it, else the one they last wrote in.
 * Most customers who write in never tell us their language, so the text decides.
 */
@Component
public class ConversationLanguage {

    private final ConversationQueries conversations;
    private final LanguageDetection detection;

    ConversationLanguage(ConversationQueries conversations, LanguageDetection detection) {
        this.conversations = conversations;
        this.detection = detection;
    }

    public Optional<Language> of(long conversationId, CustomerProfile customer) {
        if (customer != null && customer.language() != null) {
            return Optional.of(customer.language());
        }
        return conversations.detail(conversationId).flatMap(detail -> detail.timeline().reversed().stream()
                .filter(entry -> entry.kind() == MessageKind.INBOUND && !entry.automatic())
                .map(TimelineEntry::body).findFirst())
            .flatMap(text -> detection.detect(text, null).supported());
    }

    /** The language of one text, when it is Dutch or English. */
    public Optional<Language> ofText(String text) {
        return detection.detect(text, null).supported();
    }
}
