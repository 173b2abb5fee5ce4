package org.loyaldesk.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.text.ReasonClassifier;
import org.loyaldesk.text.ReasonSuggestion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files what customers write into conversations, whatever the channel: continues the conversation
 * about the same issue (on any channel, see {@link ContinuationPolicy}), reopens a solved one, or
 * starts a new one (linked to a closed one it follows up). A conversation the channel names (a
 * reply by its headers or reference) always wins. Receiving the same channel message twice files it once.
 */
@Service
@Transactional
public class ConversationIntake {

    private final Conversations conversations;
    private final Messages messages;
    private final ConversationReferences references;
    private final ConversationWords words;
    private final ReasonClassifier reasons;
    private final ContinuationSettings settings;
    private final ApplicationEventPublisher events;

    ConversationIntake(Conversations conversations, Messages messages, ConversationReferences references,
                       ConversationWords words, ReasonClassifier reasons, ContinuationSettings settings,
                       ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.messages = messages;
        this.references = references;
        this.words = words;
        this.reasons = reasons;
        this.settings = settings;
        this.events = events;
    }

    /** Where a message goes; {@code cameBack}: a solved conversation reopened by a new contact about its issue. */
    private record Target(Conversation conversation, boolean cameBack, Set<String> knownOrders) {

        static Target of(Conversation conversation) {
            return new Target(conversation, false, null);
        }
    }

    public Receipt receive(IncomingMessage incoming) {
        if (incoming.externalId() != null) {
            var known = messages.findByChannelAndExternalId(incoming.channel(), incoming.externalId());
            if (known.isPresent()) {
                Message message = known.get();
                long customerId = conversations.findById(message.conversationId()).orElseThrow().customerId();
                return new Receipt(customerId, message.conversationId(), message.id(), true);
            }
        }
        MessageReferences said = incoming.nature() == MessageNature.PERSON
            ? MessageReferences.in(incoming.subject(), incoming.text()) : MessageReferences.none();
        Target target = incoming.nature() == MessageNature.SPAM ? Target.of(start(incoming, null)) : target(incoming, said);
        Conversation conversation = target.conversation();
        boolean automatic = incoming.nature() == MessageNature.AUTOMATIC;
        if (!automatic && !conversation.isSpam()) {
            recordContinuation(conversation, incoming, target.cameBack());
        }
        Message message = messages.save(Message.fromCustomer(conversation.id(), incoming.channel(), incoming.authorName(),
            incoming.text(), incoming.externalId(), automatic, incoming.receivedAt()));
        if (automatic) {
            conversation.automaticMessageArrived(message.id(), incoming.receivedAt());
        } else {
            conversation.customerWrote(message.id(), incoming.channel(), target.cameBack(), incoming.receivedAt());
        }
        conversations.save(conversation);
        if (!said.orders().isEmpty()) {
            Set<String> known = target.knownOrders() != null ? target.knownOrders()
                : references.of(List.of(conversation.id())).getOrDefault(conversation.id(), Set.of());
            references.add(conversation.id(), said.orders(), known);
        }
        return new Receipt(conversation.customerId(), conversation.id(), message.id(), false);
    }

    private Target target(IncomingMessage incoming, MessageReferences said) {
        if (incoming.conversationId() == null) {
            if (!incoming.continueOngoing() || incoming.nature() != MessageNature.PERSON) {
                return Target.of(start(incoming, null));
            }
            return continuing(incoming, said);
        }
        Conversation named = conversations.findForUpdateById(incoming.conversationId())
            .orElseThrow(() -> new NotFoundException("Conversation", incoming.conversationId()));
        if (named.customerId() != incoming.customerId()) {
            throw new RuleViolationException("Conversation " + named.id() + " belongs to another customer");
        }
        if (named.mergedIntoId() != null) {
            // an answer to a thread of a conversation that was merged: it goes where that conversation went
            return target(incoming.toConversation(named.mergedIntoId()), said);
        }
        return Target.of(named.status() == ConversationStatus.CLOSED ? start(incoming, named.id()) : named);
    }

    private Target continuing(IncomingMessage incoming, MessageReferences said) {
        List<Conversation> found = conversations.findContinuableForUpdate(incoming.customerId(),
            incoming.receivedAt().minus(settings.reopenWithin()));
        if (found.isEmpty()) {
            return new Target(start(incoming, null), false, Set.of());
        }
        Map<Long, Set<String>> orders = said.orders().isEmpty() ? Map.of()
            : references.of(found.stream().map(Conversation::id).toList());
        List<ContinuationPolicy.Candidate> candidates = found.stream()
            .map(c -> new ContinuationPolicy.Candidate(c.id(), c.status().isActive(), c.contactReason(),
                orders.getOrDefault(c.id(), Set.of()), c.updatedAt()))
            .toList();
        Optional<ContinuationPolicy.Candidate> chosen = ContinuationPolicy.choose(said, reasonOf(incoming),
            words.to(incoming.subject(), incoming.text()), candidates);
        if (chosen.isEmpty()) {
            return new Target(start(incoming, null), false, Set.of());
        }
        Conversation conversation = found.stream().filter(c -> c.id().equals(chosen.get().id())).findFirst().orElseThrow();
        return new Target(conversation, !chosen.get().active(),
            said.orders().isEmpty() ? null : orders.getOrDefault(conversation.id(), Set.of()));
    }

    /** The message's contact reason as the classifier reads it, when it is sure enough to decide by. */
    private Supplier<String> reasonOf(IncomingMessage incoming) {
        return () -> reasons.suggest(incoming.text())
            .filter(suggestion -> suggestion.confidence() >= settings.reasonConfidence())
            .map(ReasonSuggestion::reason).orElse(null);
    }

    /**
     * The agent sees on the timeline what the customer did: came back about a solved issue, or
     * moved to another channel ("continued on chat from email").
     */
    private void recordContinuation(Conversation conversation, IncomingMessage incoming, boolean cameBack) {
        if (conversation.messageCount() == 0) {
            return;
        }
        if (cameBack) {
            messages.save(Message.internal(conversation.id(), MessageKind.EVENT, incoming.channel(), AuthorType.CUSTOMER,
                null, incoming.authorName(), TimelineEvents.cameBack(conversation.contactReason()), incoming.receivedAt()));
        }
        Channel before = conversation.lastChannel();
        if (before != incoming.channel()) {
            messages.save(Message.internal(conversation.id(), MessageKind.EVENT, incoming.channel(), AuthorType.CUSTOMER,
                null, incoming.authorName(), TimelineEvents.channelSwitch(before, incoming.channel()), incoming.receivedAt()));
        }
    }

    private Conversation start(IncomingMessage incoming, Long previousConversationId) {
        String subject = incoming.subject() == null || incoming.subject().isBlank()
            ? Subjects.fromText(incoming.text()) : incoming.subject();
        Conversation conversation = conversations.save(Conversation.start(incoming.customerId(), subject,
            incoming.channel(), previousConversationId, incoming.nature() == MessageNature.SPAM, incoming.receivedAt()));
        events.publishEvent(new ConversationOpened(conversation.id(), conversation.customerId(), conversation.channel(),
            previousConversationId));
        return conversation;
    }
}
