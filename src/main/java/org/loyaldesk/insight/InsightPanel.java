package org.loyaldesk.insight;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.conversation.spi.ConversationPanels;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.survey.SurveyAnswer;
import org.loyaldesk.survey.SurveyResults;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The insight panel beside a conversation: the customer's trajectory, peak and end, effort, FCR and survey answer. */
@Component
class InsightPanel implements ConversationPanels {

    private final ConversationSignals signals;
    private final MessageSignals messages;
    private final SurveyResults surveys;
    private final RecoveryActions recovery;
    private final LoyaltyTagsOfConversations tags;
    private final ChurnRisks risks;
    private final EffortModels effort;
    private final JsonMapper json;
    private final DateTimeFormatter format;

    InsightPanel(ConversationSignals signals, MessageSignals messages, SurveyResults surveys, RecoveryActions recovery,
                 LoyaltyTagsOfConversations tags, ChurnRisks risks, EffortModels effort, JsonMapper json,
                 LoyaldeskProperties properties) {
        this.signals = signals;
        this.messages = messages;
        this.surveys = surveys;
        this.recovery = recovery;
        this.tags = tags;
        this.risks = risks;
        this.effort = effort;
        this.json = json;
        this.format = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT).withZone(properties.timeZone());
    }

    /**
     * One effort driver as the panel lists it: how much of it (hours of waiting, or a count), and what it cost on
     * the CES scale. Public accessors: the template formats the numbers in the viewer's language.
     */
    public record DriverLine(String code, double amount, boolean hours, double cost) {
    }

    @Override
    public Optional<Panel> panel(long conversationId) {
        Map<String, Object> model = new HashMap<>();
        model.put("conversationId", conversationId);
        model.put("kinds", RecoveryKind.values());
        model.put("actions", recovery.of(conversationId));
        Optional<ConversationSignal> found = signals.of(conversationId);
        model.put("signal", found.orElse(null));
        found.ifPresent(signal -> {
            Effort computed = effort.current().score(signal.inputs());
            model.put("effort", computed);
            model.put("drivers", drivers(signal.inputs(), computed));
            model.put("trajectory", trajectory(signal, surveys.forConversation(conversationId).orElse(null)));
            model.put("loyaltyTags", tags.of(conversationId).stream()
                .filter(tag -> tag.bucket() == TagBucket.LOYALTY).map(LoyaltyTags.Tag::tag).toList());
            model.put("churnTags", tags.of(conversationId).stream()
                .filter(tag -> tag.bucket() == TagBucket.CHURN).map(LoyaltyTags.Tag::tag).toList());
            model.put("risk", risks.of(signal.customerId()).orElse(null));
        });
        model.put("answer", surveys.forConversation(conversationId).orElse(null));
        return Optional.of(new Panel("insight/panel", "panel", model));
    }

    private static List<DriverLine> drivers(EffortInputs inputs, Effort computed) {
        List<DriverLine> lines = new ArrayList<>();
        for (EffortDriver driver : EffortDriver.values()) {
            double value = inputs.get(driver);
            if (value <= 0) {
                continue;
            }
            boolean hours = driver == EffortDriver.WAITING;
            double amount = hours ? Math.round((Math.pow(2, value) - 1) * 10) / 10.0 : Math.round(value);
            lines.add(new DriverLine(driver.code(), amount, hours, Math.round(computed.costs().get(driver) * 10) / 10.0));
        }
        lines.sort(Comparator.comparingDouble(DriverLine::cost).reversed());
        return lines;
    }

    /** The customer's messages as points for the small chart, the peak and the end marked; JSON for a data attribute. */
    private String trajectory(ConversationSignal signal, SurveyAnswer answer) {
        List<Map<String, Object>> points = new ArrayList<>();
        List<MessageSignal> said = messages.of(signal.conversationId()).stream().filter(MessageSignal::byCustomer).toList();
        for (int i = 0; i < said.size(); i++) {
            MessageSignal message = said.get(i);
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", format.withLocale(LocaleContextHolder.getLocale()).format(message.at()));
            point.put("feeling", Math.round(message.feeling() * 100) / 100.0);
            point.put("anger", Math.round(message.anger() * 100) / 100.0);
            point.put("words", message.drivers());
            point.put("peak", Long.valueOf(message.messageId()).equals(signal.peakMessageId()));
            point.put("end", answer == null && i == said.size() - 1);
            points.add(point);
        }
        if (answer != null) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", answer.kind().name() + " " + answer.score());
            point.put("feeling", Math.round(answer.feeling() * 100) / 100.0);
            point.put("anger", 0);
            point.put("words", "");
            point.put("peak", false);
            point.put("end", true);
            point.put("survey", true);
            points.add(point);
        }
        return json.writeValueAsString(points);
    }
}
