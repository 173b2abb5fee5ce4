package org.loyaldesk.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.loyaldesk.conversation.ConversationErasure;
import org.loyaldesk.platform.InstanceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention period: once a day, conversations solved or closed longer ago than
 * {@code loyaldesk.privacy.retention} have their texts, mail and attachments erased, as in an erasure
 * but leaving the customer. Every node schedules it; the day is claimed in the database, so it runs once.
 */
@Component
class Retention {

    static final String CLAIM = "privacy.retention.day";
    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    // one transaction per batch: a first run over years of history must not hold one huge transaction
    private static final int BATCH = 200;

    private final PrivacySettings settings;
    private final ConversationErasure conversations;
    private final CustomerErasing erasing;
    private final InstanceSettings instance;
    private final Clock clock;

    Retention(PrivacySettings settings, ConversationErasure conversations, CustomerErasing erasing,
              InstanceSettings instance, Clock clock) {
        this.settings = settings;
        this.conversations = conversations;
        this.erasing = erasing;
        this.instance = instance;
        this.clock = clock;
    }

    @Scheduled(cron = "${loyaldesk.privacy.retention-schedule:0 17 3 * * *}", zone = "UTC")
    void daily() {
        int erased = run(clock.instant());
        if (erased > 0) {
            log.info("Retention: erased the texts of {} conversations finished more than {} ago", erased,
                settings.retention());
        }
    }

    /** Erases what the period lets go, unless another node already did today; returns how many conversations. */
    int run(Instant now) {
        if (settings.keepsForever()
            || !instance.claim(CLAIM, LocalDate.ofInstant(now, ZoneOffset.UTC).toString())) {
            return 0;
        }
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(settings.retention()).toInstant();
        int erased = 0;
        for (List<Long> batch = conversations.finishedBefore(cutoff, BATCH); !batch.isEmpty();
             batch = conversations.finishedBefore(cutoff, BATCH)) {
            erased += erasing.eraseConversations(batch);
        }
        return erased;
    }
}
