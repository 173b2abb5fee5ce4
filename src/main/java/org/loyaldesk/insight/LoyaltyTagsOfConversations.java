package org.loyaldesk.insight;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.loyaldesk.survey.SurveyAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loyalty drivers and churn reasons on conversations: derived ones ("auto", recomputed with the
 * signals) and ones a person added ("manual", kept).
 */
@Repository
class LoyaltyTagsOfConversations {

    private final JdbcClient jdbc;

    LoyaltyTagsOfConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void retag(ConversationSignal signal, Effort effort, SurveyAnswer answer) {
        jdbc.sql("DELETE FROM insight_conversation_tag WHERE conversation_id = ? AND source = 'auto'")
            .param(signal.conversationId()).update();
        List<LoyaltyTags.Tag> manual = of(signal.conversationId()).stream().toList();
        for (LoyaltyTags.Tag tag : LoyaltyTags.of(signal, effort, answer)) {
            if (!manual.contains(tag)) {
                insert(signal.conversationId(), tag, "auto");
            }
        }
    }

    List<LoyaltyTags.Tag> of(long conversationId) {
        return jdbc.sql("SELECT bucket, tag FROM insight_conversation_tag WHERE conversation_id = ? ORDER BY bucket, tag")
            .param(conversationId)
            .query((rs, row) -> new LoyaltyTags.Tag(TagBucket.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    /** A person's own judgement: "price" as a churn reason, "personal-touch" as a loyalty driver. */
    void addManual(long conversationId, TagBucket bucket, String tag) {
        LoyaltyTags.Tag normalised = new LoyaltyTags.Tag(bucket, normalise(tag));
        if (normalised.tag().isEmpty() || of(conversationId).contains(normalised)) {
            return;
        }
        insert(conversationId, normalised, "manual");
    }

    void remove(long conversationId, TagBucket bucket, String tag) {
        jdbc.sql("DELETE FROM insight_conversation_tag WHERE conversation_id = ? AND bucket = ? AND tag = ?")
            .params(conversationId, bucket.name(), normalise(tag)).update();
    }

    /** How often each tag occurs on the customer's conversations, per bucket, most frequent first. */
    Map<TagBucket, Map<String, Long>> ofCustomer(long customerId) {
        List<Object[]> rows = jdbc.sql("""
                SELECT t.bucket, t.tag, COUNT(*) FROM insight_conversation_tag t
                JOIN insight_conversation_signal s ON s.conversation_id = t.conversation_id
                WHERE s.customer_id = ? GROUP BY t.bucket, t.tag ORDER BY COUNT(*) DESC, t.tag""")
            .param(customerId).query((rs, row) -> new Object[] { rs.getString(1), rs.getString(2), rs.getLong(3) })
            .list();
        return rows.stream().collect(Collectors.groupingBy(row -> TagBucket.valueOf((String) row[0]),
            () -> new java.util.EnumMap<>(TagBucket.class),
            Collectors.toMap(row -> (String) row[1], row -> (Long) row[2], (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    private void insert(long conversationId, LoyaltyTags.Tag tag, String source) {
        jdbc.sql("INSERT INTO insight_conversation_tag (conversation_id, bucket, tag, source) VALUES (?, ?, ?, ?)")
            .params(conversationId, tag.bucket().name(), tag.tag(), source).update();
    }

    static String normalise(String tag) {
        String normalised = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
        return normalised.length() > 64 ? normalised.substring(0, 64) : normalised;
    }
}
