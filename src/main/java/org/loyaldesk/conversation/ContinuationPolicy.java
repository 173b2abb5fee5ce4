package org.loyaldesk.conversation;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which of a customer's conversations a message without a thread continues, whatever the channel.
 * In this order: a conversation the message refers to (its number, an order number it shares);
 * never one about another order; the one active conversation; of several, the one with the
 * message's contact reason, then the one whose words are clearly most like the message's, else the
 * most recent. With none active, a recently solved one with the message's contact reason is
 * reopened: the customer came back about the same issue.
 * Empty means the message starts a new conversation.
 */
final class ContinuationPolicy {

    /**
     * A conversation the message might continue.
     *
     * @param active false for a solved conversation that may still be reopened
     * @param orders the order numbers its messages referred to
     */
    record Candidate(long id, boolean active, String contactReason, Set<String> orders, Instant updatedAt) {
    }

    /**
     * How much of what the message says each conversation already speaks of, from 0 to 1 (see
     * {@code text.WordOverlap}); asked only when the choice depends on it, as reading the
     * conversations' messages costs time.
     */
    interface Likeness {
        Map<Long, Double> of(Collection<Long> conversationIds);
    }

    /** Below this, the message shares a word with the conversation by chance. */
    static final double ALIKE = 0.25;
    /** The most alike must stand out by this much; otherwise the words do not tell and the most recent is taken. */
    static final double CLEARLY = 0.15;

    private static final Comparator<Candidate> MOST_RECENT = Comparator.comparing(Candidate::updatedAt)
        .thenComparing(Candidate::id);

    private ContinuationPolicy() {
    }

    /** {@code reason} is asked only when the choice depends on it: suggesting a contact reason costs time. */
    static Optional<Candidate> choose(MessageReferences message, Supplier<String> reason, Likeness likeness,
                                      List<Candidate> candidates) {
        Optional<Candidate> referred = candidates.stream()
            .filter(candidate -> message.conversations().contains(candidate.id())
                || candidate.orders().stream().anyMatch(message.orders()::contains))
            .max(Comparator.comparing(Candidate::active).thenComparing(MOST_RECENT));
        if (referred.isPresent()) {
            return referred;
        }
        List<Candidate> sameOrder = candidates.stream().filter(candidate -> !aboutAnotherOrder(candidate, message)).toList();
        List<Candidate> active = sameOrder.stream().filter(Candidate::active).toList();
        if (active.size() == 1) {
            return Optional.of(active.getFirst());
        }
        if (active.size() > 1) {
            String said = reason.get();
            List<Candidate> sameReason = active.stream().filter(candidate -> sameReason(candidate, said)).toList();
            List<Candidate> left = sameReason.isEmpty() ? active : sameReason;
            if (left.size() == 1) {
                return Optional.of(left.getFirst());
            }
            return mostAlike(left, likeness).or(() -> left.stream().max(MOST_RECENT));
        }
        if (sameOrder.isEmpty()) {
            return Optional.empty();
        }
        String said = reason.get();
        return sameOrder.stream().filter(candidate -> sameReason(candidate, said)).max(MOST_RECENT);
    }

    private static Optional<Candidate> mostAlike(List<Candidate> candidates, Likeness likeness) {
        Map<Long, Double> alike = likeness.of(candidates.stream().map(Candidate::id).toList());
        List<Candidate> ranked = candidates.stream()
            .sorted(Comparator.comparing((Candidate candidate) -> alike.getOrDefault(candidate.id(), 0.0)).reversed())
            .toList();
        double best = alike.getOrDefault(ranked.get(0).id(), 0.0);
        double next = alike.getOrDefault(ranked.get(1).id(), 0.0);
        return best >= ALIKE && best - next >= CLEARLY ? Optional.of(ranked.getFirst()) : Optional.empty();
    }

    /** Both name orders and not one in common: two different issues, however recent. */
    private static boolean aboutAnotherOrder(Candidate candidate, MessageReferences message) {
        return !message.orders().isEmpty() && !candidate.orders().isEmpty();
    }

    /** The same contact reason, when it says something: "other" is no issue of its own. */
    private static boolean sameReason(Candidate candidate, String reason) {
        return reason != null && !"other".equals(reason) && reason.equals(candidate.contactReason());
    }
}
