package org.loyaldesk.chat;

import java.time.Instant;
import java.util.List;

import org.loyaldesk.chat.ChatLine.ShownArticle;
import org.loyaldesk.conversation.ReplyAttachments;
import org.springframework.stereotype.Component;

/** What the widget reads: lines and where the chat stands, as JSON records. */
@Component
class ChatViews {

    private final ReplyAttachments attachments;

    ChatViews(ReplyAttachments attachments) {
        this.attachments = attachments;
    }

    /** @param url absolute, without the visitor's credentials: the widget adds them when it opens the file */
    record FileView(String name, long size, String url) {
    }

    record LineView(long id, String author, String name, String text, Instant at, String clientId,
                    List<ShownArticle> articles, boolean askHelpful, Boolean helpful, List<FileView> files) {
    }

    record StateView(String state, String agent, boolean askEmail, String email, boolean askSurvey) {
    }

    /** A visitor who has not written yet: the bot will answer first. */
    static final StateView NOT_STARTED = new StateView(ChatState.BOT.code(), null, false, null, false);

    /** @param base where this Loyaldesk is reached from the widget's page, for file links */
    LineView line(ChatLine line, String base) {
        List<FileView> files = line.messageId() == null ? List.of()
            : attachments.ofMessage(line.messageId()).stream()
                .map(file -> new FileView(file.fileName(), file.size(), base + "/chat/files/" + file.id())).toList();
        List<ShownArticle> articles = line.articles().stream().map(article -> new ShownArticle(article.id(),
            article.title(), article.url().startsWith("/") ? base + article.url() : article.url(), article.snippet()))
            .toList();
        return new LineView(line.id(), line.author().code(), line.authorName(), line.body(), line.createdAt(),
            line.clientId(), articles, line.askHelpful(), line.helpful(), files);
    }

    static StateView state(ChatSession session) {
        ChatState state = session.state();
        return new StateView(state.code(), state == ChatState.LIVE || state == ChatState.EMAIL ? session.agentName() : null,
            session.askEmail(), session.email(), session.askSurvey());
    }
}
