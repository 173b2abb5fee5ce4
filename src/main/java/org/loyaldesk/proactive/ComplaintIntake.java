package org.loyaldesk.proactive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationImported;
import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.ProductOwners;
import org.loyaldesk.insight.LeadAlerts;
import org.loyaldesk.text.ReasonClassifier;
import org.loyaldesk.text.ReasonSuggestion;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Each new conversation, as it arrives: counted in its groups, added to a running spike, tested against the
 * baseline (a new spike alerts the leads at once), and linked to the open incidents it is about. Spam and
 * conversations we started are not complaints.
 */
@Component
class ComplaintIntake {

    /** What a customer bought this long ago may still be what they write about. */
    static final Duration OWNED_WITHIN = Duration.ofDays(90);
    /** As sure as the classifier must be of a reason before a complaint counts in that reason's group. */
    static final double REASON_CONFIDENCE = 0.4;

    private final ConversationQueries conversations;
    private final ProductOwners owners;
    private final ProductNames products;
    private final ComplaintLog log;
    private final SpikeWatch watch;
    private final Spikes spikes;
    private final Incidents incidents;
    private final IncidentLinks links;
    private final LeadAlerts alerts;
    private final ReasonClassifier reasons;

    ComplaintIntake(ConversationQueries conversations, ProductOwners owners, ProductNames products, ComplaintLog log,
                    SpikeWatch watch, Spikes spikes, Incidents incidents, IncidentLinks links, LeadAlerts alerts,
                    ReasonClassifier reasons) {
        this.reasons = reasons;
        this.conversations = conversations;
        this.owners = owners;
        this.products = products;
        this.log = log;
        this.watch = watch;
        this.spikes = spikes;
        this.incidents = incidents;
        this.links = links;
        this.alerts = alerts;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationOpened event) {
        Optional<Contact> contact = contact(event.conversationId(), event.customerId());
        if (contact.isEmpty()) {
            return;
        }
        Instant at = contact.get().at();
        Set<String> keys = contact.get().keys();
        spikes.follow(event.conversationId(), at, keys);
        for (SpikeDetector.Departure departure : watch.add(event.conversationId(), at, keys)) {
            spikes.raise(departure, at).ifPresent(this::alert);
        }
        List<Incident> open = incidents.open();
        if (!open.isEmpty()) {
            links.linkArrival(event.conversationId(), event.customerId(), keys, open);
        }
    }

    /**
     * A conversation from before (a history import, the demo): it becomes part of the groups' baseline, and never
     * raises a spike of its own.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationImported event) {
        if (contact(event.conversationId(), event.customerId()).isPresent()) {
            watch.historyArrived();
        }
    }

    private record Contact(Instant at, Set<String> keys) {
    }

    /** Records the conversation's first customer message in the log; empty when it is not a new complaint. */
    private Optional<Contact> contact(long conversationId, long customerId) {
        Optional<ConversationDetail> detail = conversations.detail(conversationId);
        if (detail.isEmpty() || detail.get().summary().spam()) {
            return Optional.empty();
        }
        Optional<TimelineEntry> first = detail.get().timeline().stream()
            .filter(entry -> entry.kind() == MessageKind.INBOUND).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Instant at = first.get().createdAt();
        String text = detail.get().summary().subject() + "\n" + first.get().body();
        Set<String> keys = ComplaintKeys.of(text, reason(detail.get().summary().contactReason(), text),
            owners.orderedSince(customerId, at.minus(OWNED_WITHIN)), products.catalogue());
        return log.record(conversationId, customerId, at, keys) ? Optional.of(new Contact(at, keys)) : Optional.empty();
    }

    /**
     * The conversation's reason, or the classifier's reading of its text when none is set yet: a reason is often
     * set a moment after the conversation opens, by then this complaint has been counted.
     */
    private String reason(String set, String text) {
        return set != null ? set : reasons.suggest(text).filter(s -> s.confidence() >= REASON_CONFIDENCE)
            .map(ReasonSuggestion::reason).orElse(null);
    }

    private void alert(Spike spike) {
        String label = "product".equals(spike.kind()) ? products.name(spike.value()) + " (" + spike.value() + ")"
            : spike.value();
        alerts.push("spike", null, new SpikeAlert(spike.id(), spike.kind(), label, spike.contacts(),
            String.join(", ", spike.words())));
    }
}
