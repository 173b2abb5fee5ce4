package org.loyaldesk.automation.reason;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.text.LabelledText;
import org.loyaldesk.text.ReasonClassifier;
import org.loyaldesk.text.ReasonSuggestion;
import org.loyaldesk.text.SeedExamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The contact-reason classifier that reads new conversations: the shipped examples plus every reason agents chose,
 * except the held-back ones it is measured on. Training is deterministic, so every node that retrains from the same
 * corrections reads alike; a node notices a retrain another node ran and retrains too.
 */
@Component
public class LearnedReasons {

    private static final Logger log = LoggerFactory.getLogger(LearnedReasons.class);

    private final ContactReasons reasons;
    private final ReasonCorrections corrections;
    private final FirstMessages texts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<ReasonClassifier> current = new AtomicReference<>();
    private final AtomicLong trainedAs = new AtomicLong(-1);

    LearnedReasons(ContactReasons reasons, ReasonCorrections corrections, FirstMessages texts, JdbcClient jdbc,
                   AuditLog audit, Clock clock) {
        this.reasons = reasons;
        this.corrections = corrections;
        this.texts = texts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<ReasonSuggestion> suggest(String text) {
        return classifier().suggest(text);
    }

    private ReasonClassifier classifier() {
        ReasonClassifier classifier = current.get();
        if (classifier == null) {
            synchronized (this) {
                if (current.get() == null) {
                    trainedAs.set(latest().map(Training::id).orElse(0L));
                    current.set(train(split().training()));
                }
                classifier = current.get();
            }
        }
        return classifier;
    }

    /** Retrains from all corrections and records how it does on the held-back ones, before and after. */
    public synchronized Training retrain(String trigger) {
        Split split = split();
        ReasonClassifier before = classifier();
        ReasonClassifier after = train(split.training());
        Double accuracyBefore = accuracy(before, split.heldBack());
        Double accuracy = accuracy(after, split.heldBack());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO automation_reason_training (trained_at, trigger_kind, examples, held_back, accuracy, accuracy_before)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), trigger, split.training().size(), split.heldBack().size(), accuracy, accuracyBefore)
            .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        current.set(after);
        trainedAs.set(id);
        audit.record("automation.reason-retrained", "reason-classifier", id, trigger + ": " + split.training().size()
            + " examples, " + split.heldBack().size() + " held back, accuracy " + accuracy);
        return latest().orElseThrow();
    }

    /** Daily by default: the corrections of the day teach the classifier by the next morning. */
    @Scheduled(cron = "${loyaldesk.automation.reason-retrain-cron:0 30 3 * * *}")
    void retrainOnSchedule() {
        retrain("schedule");
    }

    /** Another node retrained: this one follows, from the same corrections. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void followRetrainsElsewhere() {
        long newest = latest().map(Training::id).orElse(0L);
        if (current.get() != null && newest > trainedAs.get()) {
            synchronized (this) {
                current.set(train(split().training()));
                trainedAs.set(newest);
            }
        }
    }

    public Optional<Training> latest() {
        return history(1).stream().findFirst();
    }

    public List<Training> history(int limit) {
        return jdbc.sql("""
                SELECT id, trained_at, trigger_kind, examples, held_back, accuracy, accuracy_before
                FROM automation_reason_training ORDER BY id DESC FETCH FIRST ? ROWS ONLY""")
            .param(limit)
            .query((rs, n) -> new Training(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4),
                rs.getInt(5), nullableDouble(rs, 6), nullableDouble(rs, 7)))
            .list();
    }

    /** PostgreSQL's numeric is not read as a Double by getObject; read it as a number, null kept null. */
    private static Double nullableDouble(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private ReasonClassifier train(List<LabelledText> confirmed) {
        List<LabelledText> examples = new ArrayList<>(SeedExamples.load());
        examples.addAll(confirmed);
        return ReasonClassifier.train(reasons.codes(), examples);
    }

    private record Split(List<LabelledText> training, List<LabelledText> heldBack) {
    }

    private Split split() {
        List<LabelledText> training = new ArrayList<>();
        List<LabelledText> heldBack = new ArrayList<>();
        for (ReasonCorrections.Correction correction : corrections.all()) {
            Optional<String> text = texts.of(correction.conversationId());
            if (text.isEmpty()) {
                continue; // erased, or nothing the customer wrote: nothing to learn from
            }
            (correction.heldBack() ? heldBack : training).add(new LabelledText(text.get(), correction.chosen()));
        }
        return new Split(training, heldBack);
    }

    private static Double accuracy(ReasonClassifier classifier, List<LabelledText> heldBack) {
        if (heldBack.isEmpty()) {
            return null;
        }
        long right = heldBack.stream().filter(example -> classifier.suggest(example.text())
            .map(s -> s.reason().equals(example.reason())).orElse(false)).count();
        double accuracy = (double) right / heldBack.size();
        log.debug("Reason classifier: {} of {} held-back corrections right", right, heldBack.size());
        return Math.round(accuracy * 1000) / 1000.0;
    }
}
