package org.loyaldesk.knowledge;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.text.LanguageDetection;
import org.loyaldesk.text.QuotedHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Articles for the conversation an agent is reading: about what the customer wrote last (and the
 * subject), in the customer's language, so that the link an agent inserts is one the customer
 * can read. Each insert is recorded: which articles help agents answer is worth knowing too.
 */
@Service
public class ArticleSuggestions {

    public static final int SHOWN = 3;
    /** The customer's latest messages say what the conversation is about now. */
    private static final int RECENT_MESSAGES = 2;

    private final ConversationQueries conversations;
    private final CustomerDirectory customers;
    private final KnowledgeSearch search;
    private final LanguageDetection languages;
    private final Articles articles;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleSuggestions(ConversationQueries conversations, CustomerDirectory customers, KnowledgeSearch search,
                       LanguageDetection languages, Articles articles, JdbcClient jdbc, Clock clock) {
        this.conversations = conversations;
        this.customers = customers;
        this.search = search;
        this.languages = languages;
        this.articles = articles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Suggestions(Language language, List<ArticleHit> articles) {
    }

    /** What the conversation page's article panel shows. */
    public java.util.Map<String, Object> panel(long conversationId) {
        Suggestions found = forConversation(conversationId);
        return java.util.Map.of("conversationId", conversationId, "language", found.language().code(),
            "articles", found.articles());
    }

    public Suggestions forConversation(long conversationId) {
        ConversationDetail detail = conversations.detail(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
        List<TimelineEntry> inbound = detail.timeline().stream().filter(entry -> entry.kind() == MessageKind.INBOUND).toList();
        StringBuilder text = new StringBuilder(detail.summary().subject() == null ? "" : detail.summary().subject());
        inbound.subList(Math.max(0, inbound.size() - RECENT_MESSAGES), inbound.size())
            .forEach(entry -> text.append('\n').append(QuotedHistory.split(entry.body()).newText()));
        Language language = customerLanguage(detail.summary().customerId(), text.toString());
        return new Suggestions(language, search.about(text.toString(), language, SHOWN));
    }

    /** The agent put the article's link in a reply to this conversation. */
    public void inserted(long articleId, long conversationId) {
        Article article = articles.get(articleId);
        if (conversations.customerOf(conversationId).isEmpty()) {
            throw new NotFoundException("Conversation", conversationId);
        }
        Actor actor = CurrentActor.get();
        jdbc.sql("INSERT INTO knowledge_insert (article_id, conversation_id, agent_id, happened_at) VALUES (?, ?, ?, ?)")
            .params(article.id(), conversationId, actor.isAgent() ? actor.id() : null,
                clock.instant().atOffset(ZoneOffset.UTC))
            .update();
    }

    public long inserts(long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM knowledge_insert WHERE article_id = ?").param(articleId)
            .query(Long.class).single();
    }

    /** What the customer is known to speak; else what this text is written in; else English. */
    private Language customerLanguage(long customerId, String text) {
        return customers.profile(customerId).map(CustomerProfile::language)
            .or(() -> languages.detect(text, null).supported())
            .orElse(Language.EN);
    }
}
