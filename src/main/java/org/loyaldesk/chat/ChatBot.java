package org.loyaldesk.chat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.loyaldesk.chat.ChatLine.ShownArticle;
import org.loyaldesk.knowledge.ArticleHit;
import org.loyaldesk.knowledge.KnowledgeSearch;
import org.loyaldesk.platform.Language;
import org.loyaldesk.text.TextAnalyzer;
import org.springframework.stereotype.Component;

/**
 * The first to answer a chat: the help centre's articles about what the visitor asked. It steps aside for a
 * person when the visitor asks for one, when nothing in the help centre is about the question, and when the
 * visitor is angry (an angry customer offered articles feels brushed off).
 */
@Component
class ChatBot {

    static final int ARTICLES = 3;
    private static final int SNIPPET = 160;
    /** Asking for a person in so many words, in Dutch or English. */
    private static final Pattern ASKS_FOR_PERSON = Pattern.compile("\\b(medewerker|een mens|iemand spreken|human"
        + "|(talk|speak|chat) (to|with) (a |an |some)?(one|body|person|human|agent|real person))\\b");

    private final KnowledgeSearch knowledge;
    private final TextAnalyzer text;

    ChatBot(KnowledgeSearch knowledge, TextAnalyzer text) {
        this.knowledge = knowledge;
        this.text = text;
    }

    enum HandOverReason {
        ASKED, NO_ANSWER, ANGER, NOT_HELPFUL, FILE
    }

    /** Either articles to offer, or why a person should answer instead. */
    record Answer(List<ShownArticle> articles, HandOverReason handOver) {
        boolean handsOver() {
            return handOver != null;
        }
    }

    Answer answer(String question, Language language) {
        if (ASKS_FOR_PERSON.matcher(question.toLowerCase(Locale.ROOT)).find() && question.length() < 80) {
            return new Answer(List.of(), HandOverReason.ASKED);
        }
        if (text.analyze(question, language.code()).angry()) {
            return new Answer(List.of(), HandOverReason.ANGER);
        }
        List<ArticleHit> hits = knowledge.about(question, language, ARTICLES);
        if (hits.isEmpty()) {
            return new Answer(List.of(), HandOverReason.NO_ANSWER);
        }
        return new Answer(hits.stream().map(ChatBot::shown).toList(), null);
    }

    /** Kept with the help-centre path only: the widget is shown it on the address it reached us by. */
    private static ShownArticle shown(ArticleHit hit) {
        String url = hit.url();
        String summary = hit.summary() == null ? "" : hit.summary().strip();
        return new ShownArticle(hit.id(), hit.title(), url,
            summary.length() > SNIPPET ? summary.substring(0, SNIPPET - 1) + "…" : summary);
    }
}
