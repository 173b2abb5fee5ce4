package org.loyaldesk.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.survey.SurveyAnswer;
import org.loyaldesk.survey.SurveyKind;
import org.loyaldesk.survey.SurveyResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The effort model in use: the defaults until enough CES answers came in to calibrate it. */
@Service
public class EffortModels {

    private static final String NAME = "effort";

    private final InsightModels models;
    private final ConversationSignals signals;
    private final SurveyResults surveys;
    private final Clock clock;
    private final AtomicReference<EffortModel> current = new AtomicReference<>();

    EffortModels(InsightModels models, ConversationSignals signals, SurveyResults surveys, Clock clock) {
        this.models = models;
        this.signals = signals;
        this.surveys = surveys;
        this.clock = clock;
    }

    public EffortModel current() {
        EffortModel model = current.get();
        if (model == null) {
            model = models.load(NAME, EffortModel.class).orElseGet(EffortModel::defaults);
            current.set(model);
        }
        return model;
    }

    /**
     * Fits the driver costs to the CES answers given so far and, when there are enough, makes that
     * the model and rescores every conversation. Returns the new model, or empty when there are too few answers.
     */
    @Transactional
    public Optional<EffortModel> calibrate() {
        Map<Long, ConversationSignal> byConversation = signals.since(Instant.EPOCH).stream()
            .collect(Collectors.toMap(ConversationSignal::conversationId, Function.identity()));
        List<EffortCalibration.Answer> answers = surveys.since(Instant.EPOCH).stream()
            .filter(answer -> answer.kind() == SurveyKind.CES && answer.conversationId() != null)
            .filter(answer -> byConversation.containsKey(answer.conversationId()))
            .map(answer -> answer(byConversation.get(answer.conversationId()), answer)).toList();
        Optional<EffortModel> fitted = EffortCalibration.fit(answers);
        fitted.ifPresent(model -> {
            models.store(NAME, model, clock.instant());
            current.set(model);
            signals.rescoreEffort(model);
        });
        return fitted;
    }

    private static EffortCalibration.Answer answer(ConversationSignal signal, SurveyAnswer answer) {
        return new EffortCalibration.Answer(signal.inputs(), answer.score());
    }
}
