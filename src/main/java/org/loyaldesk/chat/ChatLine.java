package org.loyaldesk.chat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A line of a chat as the widget shows it. Its id orders the visitor's lines and is the stream's event id.
 *
 * @param clientId   the widget's id for a visitor's line: a retry of the same line is recognised by it
 * @param messageId  the conversation message this line is (visitor lines after the hand-over, agent replies)
 * @param articles   what the bot offered
 * @param askHelpful the bot asks whether its answer helped
 * @param fileName   the file a visitor's line carries (its bytes are stored with the conversation message)
 */
record ChatLine(long id, long sessionId, long visitorId, Author author, String authorName, String body, String clientId,
                Long messageId, List<ShownArticle> articles, boolean askHelpful, Boolean helpful, Instant createdAt,
                String fileName) {

    enum Author {
        VISITOR, BOT, AGENT, SYSTEM;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A help-centre article the bot offered, with its full address (the widget runs on another site). */
    record ShownArticle(long id, String title, String url, String snippet) {
    }
}
