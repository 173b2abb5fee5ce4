package org.loyaldesk.automation.reason;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.loyaldesk.automation.Explanations;
import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.text.ReasonSuggestion;
import org.loyaldesk.text.TextAnalysis;
import org.loyaldesk.text.TextAnalyzer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads what the customer wrote in a new conversation: language and anger for routing, and the contact reason,
 * set (and explained in the timeline) when the classifier is confident enough, else kept as a suggestion.
 */
@Component
public class ReasonOnArrival {

    private final FirstMessages texts;
    private final TextAnalyzer analyzer;
    private final LearnedReasons classifier;
    private final ReasonSettings settings;
    private final ReasonReadings readings;
    private final ContactReasons reasons;
    private final ConversationWork work;
    private final Explanations explanations;
    private final MessageSource messages;
    private final Clock clock;

    ReasonOnArrival(FirstMessages texts, TextAnalyzer analyzer, LearnedReasons classifier, ReasonSettings settings,
                    ReasonReadings readings, ContactReasons reasons, ConversationWork work, Explanations explanations,
                    MessageSource messages, Clock clock) {
        this.texts = texts;
        this.analyzer = analyzer;
        this.classifier = classifier;
        this.settings = settings;
        this.readings = readings;
        this.reasons = reasons;
        this.work = work;
        this.explanations = explanations;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What routing knows of the first message. {@code reason}: the contact reason set now, null when it was only
     * suggested (routing does not act on a guess).
     */
    public record Arrival(String language, double anger, String reason) {

        static final Arrival UNREAD = new Arrival(null, 0, null);
    }

    public Arrival read(long conversationId, Locale customerLocale) {
        Optional<String> text = texts.of(conversationId);
        if (text.isEmpty()) {
            return Arrival.UNREAD;
        }
        TextAnalysis analysis = analyzer.analyze(text.get(), customerLocale.getLanguage());
        String language = analysis.language().code();
        String applied = settings.enabled() ? classify(conversationId, text.get(), customerLocale) : null;
        return new Arrival("other".equals(language) ? null : language, analysis.anger(), applied);
    }

    private String classify(long conversationId, String text, Locale locale) {
        Optional<ReasonSuggestion> suggestion = classifier.suggest(text)
            .filter(s -> reasons.codes().contains(s.reason()));
        if (suggestion.isEmpty()) {
            return null;
        }
        ReasonSuggestion s = suggestion.get();
        boolean confident = s.confidence() >= settings.threshold();
        ReasonReading reading = new ReasonReading(conversationId, s.reason(), s.confidence(), confident);
        if (!readings.add(reading, clock.instant())) {
            return readings.find(conversationId).filter(ReasonReading::applied).map(ReasonReading::reason).orElse(null);
        }
        if (!confident) {
            return null;
        }
        work.classify(conversationId, s.reason());
        String words = String.join(", ", s.drivers().stream().map(d -> d.term()).limit(3).toList());
        explanations.explain(conversationId, messages.getMessage("automation.reason.set",
            new Object[] { label(s.reason(), locale), reading.percent(), words.isEmpty() ? "-" : words }, locale));
        return s.reason();
    }

    private String label(String code, Locale locale) {
        return reasons.label(code).orElseGet(() -> messages.getMessage("reason." + code, null, code, locale));
    }
}
