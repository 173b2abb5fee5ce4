package org.loyaldesk.chat;

import java.util.List;
import java.util.stream.Collectors;

import org.loyaldesk.chat.ChatBot.HandOverReason;
import org.loyaldesk.chat.ChatLine.Author;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.knowledge.HelpCentreVisits;
import org.loyaldesk.platform.Language;
import org.springframework.stereotype.Component;

/**
 * Hands a chat from the bot to the agents: the visitor becomes a customer (if the shop did not say who they
 * are), their lines become messages of one conversation in the inbox, and a note shows the agents what the
 * bot offered and whether it helped. When nobody can answer now, the widget asks for an email address.
 */
@Component
class HandOver {

    private final ChatSessions sessions;
    private final ChatLines lines;
    private final ChatVisitors visitors;
    private final ChatFiling filing;
    private final CustomerDirectory customers;
    private final ConversationWork work;
    private final HelpCentreVisits visits;
    private final Availability availability;
    private final ChatTexts texts;
    private final ChatPushes pushes;

    HandOver(ChatSessions sessions, ChatLines lines, ChatVisitors visitors, ChatFiling filing, CustomerDirectory customers,
             ConversationWork work, HelpCentreVisits visits, Availability availability, ChatTexts texts, ChatPushes pushes) {
        this.sessions = sessions;
        this.lines = lines;
        this.visitors = visitors;
        this.filing = filing;
        this.customers = customers;
        this.work = work;
        this.visits = visits;
        this.availability = availability;
        this.texts = texts;
        this.pushes = pushes;
    }

    /** Hands the chat over (once, however many requests ask at the same time); the chat as it then stands. */
    ChatSession handOver(ChatSession session, ChatVisitors.Visitor visitor, HandOverReason reason) {
        if (session.state() != ChatState.BOT) {
            if (session.conversationId() == null && session.state().withPeople()) {
                // handed over before, but its lines did not become a conversation (a failure in between): again
                fileUnfiled(session, known(visitor, session.language()), reason);
                return sessions.byId(session.id());
            }
            return session;
        }
        boolean someone = availability.someoneCanAnswer();
        if (sessions.handOver(session.id(), !someone)) {
            ChatSession waiting = sessions.byId(session.id());
            pushes.line(lines.system(waiting, texts.say(waiting.language(),
                someone ? "chat.handover.waiting" : "chat.handover.nobody")));
            fileUnfiled(waiting, known(visitor, waiting.language()), reason);
        }
        ChatSession now = sessions.byId(session.id());
        pushes.state(now);
        return now;
    }

    /**
     * The visitor as a customer: the one the shop signed, or one made for this browser, named "Chat visitor" and a
     * few letters of their id until an agent learns their name (agents tell two anonymous chats apart by it).
     */
    ChatVisitors.Visitor known(ChatVisitors.Visitor visitor, Language language) {
        if (visitor.customerId() != null) {
            return visitor;
        }
        String name = filing.displayName(visitor, language);
        long customerId = customers.recognise(List.of(ContactAddress.chatVisitor(visitor.publicId())), name).id();
        visits.knownAs(visitor.helpVisitor(), customerId);
        return visitors.knownAs(visitor, customerId);
    }

    /**
     * Files the visitor's lines that are no messages yet; the first makes (or continues) the conversation, which
     * then gets the bot's part of the chat as a note.
     */
    void fileUnfiled(ChatSession session, ChatVisitors.Visitor visitor, HandOverReason reason) {
        Long conversationId = session.conversationId();
        List<ChatLine> transcript = lines.ofSession(session.id());
        for (ChatLine line : transcript) {
            if (line.author() == Author.VISITOR && line.messageId() == null && line.fileName() == null) {
                Receipt receipt = filing.file(line, visitor.customerId(), filing.authorName(visitor, session), conversationId,
                    List.of());
                if (conversationId == null) {
                    conversationId = receipt.conversationId();
                    attached(session, conversationId, transcript, reason);
                }
            }
        }
    }

    /** The chat has its conversation: the agents learn there what the bot offered (once, by the one who attached it). */
    void attached(ChatSession session, long conversationId, List<ChatLine> transcript, HandOverReason reason) {
        if (!sessions.attach(session.id(), conversationId)) {
            return;
        }
        List<ChatLine> bot = transcript.stream().filter(line -> line.author() == Author.BOT).toList();
        String why = texts.say(session.language(), "chat.note.reason." + (reason == null ? HandOverReason.ASKED : reason)
            .name().toLowerCase(java.util.Locale.ROOT));
        StringBuilder note = new StringBuilder(texts.say(session.language(), "chat.note.title", why));
        if (session.pageUrl() != null) {
            note.append('\n').append(texts.say(session.language(), "chat.note.page", session.pageUrl()));
        }
        for (ChatLine line : bot) {
            note.append("\n\n").append(texts.say(session.language(), "chat.note.offered")).append('\n')
                .append(line.articles().stream().map(article -> "- " + article.title() + " (" + article.url() + ")")
                    .collect(Collectors.joining("\n")));
            if (line.helpful() != null) {
                note.append('\n').append(texts.say(session.language(), line.helpful() ? "chat.note.helped" : "chat.note.notHelped"));
            }
        }
        work.note(conversationId, note.toString());
    }
}
