package org.loyaldesk.insight;

import org.loyaldesk.platform.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.survey.SurveyAnswer;
import org.loyaldesk.survey.SurveyResults;
import org.loyaldesk.text.TextAnalysis;
import org.loyaldesk.text.TextAnalyzer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a conversation again from scratch: scores the messages not scored yet, then peak-end,
 * effort, first-contact resolution and tags. Recomputing everything makes every event handler
 * idempotent and order-independent: whichever runs last sees all there is.
 */
@Service
class ConversationScoring {

    /** Repeat contacts are looked for among this many of the customer's latest conversations. */
    private static final int HISTORY = 100;

    private final ConversationQueries conversations;
    private final CustomerDirectory customers;
    private final TextAnalyzer analyzer;
    private final MessageSignals messages;
    private final ConversationSignals signals;
    private final EffortModels effort;
    private final SurveyResults surveys;
    private final LoyaltyTagsOfConversations tags;
    private final WorkingHours hours;
    private final Clock clock;

    ConversationScoring(ConversationQueries conversations, CustomerDirectory customers, TextAnalyzer analyzer,
                        MessageSignals messages, ConversationSignals signals, EffortModels effort, SurveyResults surveys,
                        LoyaltyTagsOfConversations tags, WorkingHours hours, Clock clock) {
        this.conversations = conversations;
        this.customers = customers;
        this.analyzer = analyzer;
        this.messages = messages;
        this.signals = signals;
        this.effort = effort;
        this.surveys = surveys;
        this.tags = tags;
        this.hours = hours;
        this.clock = clock;
    }

    /** What changed in one recomputation: the reading, and the customer messages read for the first time. */
    record Outcome(ConversationSignal signal, List<MessageSignal> newCustomerMessages) {
    }

    @Transactional
    Optional<Outcome> recompute(long conversationId) {
        return recompute(conversationId, clock.instant());
    }

    @Transactional
    Optional<Outcome> recompute(long conversationId, Instant now) {
        Optional<ConversationDetail> found = conversations.detail(conversationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConversationDetail detail = found.get();
        if (detail.mergedIntoId() != null) {
            // its messages and reading live in the conversation it was merged into
            return Optional.empty();
        }
        ConversationSummary summary = detail.summary();
        Optional<CustomerProfile> customer = customers.profile(summary.customerId());
        List<MessageSignal> fresh = scoreNewMessages(detail, customer.map(CustomerProfile::language)
            .map(language -> language.code()).orElse(null));
        List<MessageSignal> read = messages.of(conversationId);
        List<MessageSignal> said = read.stream().filter(MessageSignal::byCustomer).toList();
        Optional<SurveyAnswer> answer = surveys.forConversation(conversationId);
        Optional<PeakEnd> peakEnd = PeakEnd.of(said.stream().map(MessageSignal::feeling).toList(),
            answer.map(SurveyAnswer::feeling).orElse(null));

        List<ConversationSummary> others = conversations.ofCustomer(summary.customerId(), HISTORY).stream()
            .filter(other -> other.id() != conversationId && !other.spam()).toList();
        int earlierRepeats = (int) others.stream().filter(other -> isEarlierIssue(other, detail)).count();
        ConversationReading reading = ConversationReading.of(detail, earlierRepeats, hours.current(), now);
        // a customer who came back about this issue and reopened it made a repeat contact, as one who opened a new conversation
        boolean repeatedLater = reading.cameBack() > 0 || !signals.followUpsOf(conversationId).isEmpty()
            || others.stream().anyMatch(other -> sameIssue(other, summary)
                && FirstContactResolution.isRepeat(summary.createdAt(), detail.solvedAt(), other.createdAt()));

        Effort computed = effort.current().score(reading.inputs());
        FirstContactResolution fcr = FirstContactResolution.decide(solvedAt(detail), reading.agentReplies(),
            detail.reopenCount(), repeatedLater, now);
        Optional<ConversationSignal> before = signals.of(conversationId);
        Instant decidedAt = fcr.state() == FcrState.PENDING ? null
            : before.filter(old -> old.fcr() == fcr.state()).map(ConversationSignal::fcrDecidedAt).orElse(now);
        List<MessageSignal> replies = read.stream().filter(signal -> !signal.byCustomer()).toList();
        Double tone = replies.isEmpty() ? null
            : replies.stream().mapToDouble(MessageSignal::sentiment).average().orElse(0);

        ConversationSignal signal = new ConversationSignal(conversationId, summary.customerId(), reading.agentId(),
            summary.teamId(), summary.channel().code(), summary.contactReason(),
            customer.map(profile -> product(profile, summary.createdAt())).orElse(null), summary.status().code(),
            summary.createdAt(), solvedAt(detail), summary.spam(), reading.customerMessages(), reading.agentReplies(),
            peakEnd.map(PeakEnd::peak).orElse(null),
            peakEnd.filter(pe -> pe.peakIndex() >= 0).map(pe -> said.get(pe.peakIndex()).messageId()).orElse(null),
            peakEnd.map(PeakEnd::end).orElse(null), peakEnd.map(PeakEnd::endFromSurvey).orElse(false),
            peakEnd.map(PeakEnd::score).orElse(null),
            said.stream().mapToDouble(MessageSignal::anger).max().orElse(0),
            peakEnd.map(PeakEnd::mood).orElse(Mood.CALM), computed.score(), reading.inputs(), fcr.state(),
            fcr.reason(), decidedAt, reading.firstResponseMinutes(), reading.resolutionMinutes(), tone,
            detail.previousConversationId());
        signals.save(signal, now);
        tags.retag(signal, computed, answer.orElse(null));
        return Optional.of(new Outcome(signal, fresh.stream().filter(MessageSignal::byCustomer).toList()));
    }

    /**
     * Reads one new customer message at once, without reading its conversation again, so that anger
     * can act while the customer waits. Empty when it is no customer message or was read already.
     */
    @Transactional
    Optional<MessageSignal> scoreCustomerMessage(long conversationId, long messageId) {
        if (messages.isScored(messageId)) {
            return Optional.empty();
        }
        return conversations.entry(messageId).filter(ConversationReading::isCustomerMessage).map(entry -> {
            TextAnalysis analysis = analyzer.analyze(entry.body(), null);
            MessageSignal signal = new MessageSignal(entry.id(), conversationId, true, null, entry.createdAt(),
                analysis.language().code(), analysis.sentiment(), analysis.anger(), MessageSignals.drivers(analysis));
            messages.save(signal);
            return signal;
        });
    }

    Optional<Long> customerOf(long conversationId) {
        return conversations.customerOf(conversationId);
    }

    /** The other conversations of this customer whose reading depends on this one (repeat contacts). */
    List<Long> neighbours(long conversationId) {
        return conversations.detail(conversationId).map(detail -> {
            List<Long> ids = new ArrayList<>();
            if (detail.previousConversationId() != null) {
                ids.add(detail.previousConversationId());
            }
            conversations.ofCustomer(detail.summary().customerId(), HISTORY).stream()
                .filter(other -> other.id() != conversationId && sameIssue(other, detail.summary()))
                .forEach(other -> ids.add(other.id()));
            return ids.stream().distinct().toList();
        }).orElse(List.of());
    }

    private List<MessageSignal> scoreNewMessages(ConversationDetail detail, String languageHint) {
        Set<Long> scored = messages.scored(detail.summary().id());
        List<MessageSignal> fresh = new ArrayList<>();
        for (TimelineEntry entry : detail.timeline()) {
            boolean byCustomer = ConversationReading.isCustomerMessage(entry);
            if (scored.contains(entry.id()) || !(byCustomer || ConversationReading.isAgentReply(entry))) {
                continue;
            }
            TextAnalysis analysis = analyzer.analyze(entry.body(), languageHint);
            MessageSignal signal = new MessageSignal(entry.id(), detail.summary().id(), byCustomer,
                byCustomer ? null : entry.authorId(), entry.createdAt(), analysis.language().code(),
                analysis.sentiment(), analysis.anger(), MessageSignals.drivers(analysis));
            messages.save(signal);
            fresh.add(signal);
        }
        return fresh;
    }

    private static boolean isEarlierIssue(ConversationSummary other, ConversationDetail detail) {
        if (detail.previousConversationId() != null && detail.previousConversationId() == other.id()) {
            return true;
        }
        return sameIssue(other, detail.summary()) && other.createdAt().isBefore(detail.summary().createdAt())
            && !other.updatedAt().plus(FirstContactResolution.WINDOW).isBefore(detail.summary().createdAt());
    }

    /** The same contact reason, when it says something: "other" is no issue of its own. */
    private static boolean sameIssue(ConversationSummary other, ConversationSummary summary) {
        return summary.contactReason() != null && !"other".equals(summary.contactReason())
            && summary.contactReason().equals(other.contactReason());
    }

    private static Instant solvedAt(ConversationDetail detail) {
        return detail.summary().status().isActive() ? null : detail.solvedAt();
    }

    /** The product the conversation is probably about: the main line of the last order placed before it. */
    private static String product(CustomerProfile profile, Instant openedAt) {
        return profile.orders().stream().filter(order -> !order.orderedAt().isAfter(openedAt))
            .max(Comparator.comparing(CustomerProfile.OrderView::orderedAt))
            .or(() -> profile.orders().stream().findFirst())
            .flatMap(order -> order.lines().stream().max(Comparator.comparing(CustomerProfile.OrderLineView::amount)))
            .map(CustomerProfile.OrderLineView::sku).orElse(null);
    }
}
