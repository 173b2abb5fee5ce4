package org.loyaldesk.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.loyaldesk.chat.ChatBot.HandOverReason;
import org.loyaldesk.chat.ChatLines.Stored;
import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.knowledge.HelpCentreVisits;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.StorableText;
import org.loyaldesk.survey.Surveys;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a visitor does in the widget. A visitor's line is stored before it is acknowledged, and once handed
 * over it is a message of the conversation before it is acknowledged; the bot answers while the chat is its own.
 */
@Service
class Chats {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final int LONGEST_FILE_NAME = 200;
    /** A chat with people is a conversation at human pace; beyond this many lines it is something else. */
    static final int LINES_PER_CHAT = 300;

    private final ChatVisitors visitors;
    private final ChatSessions sessions;
    private final ChatLines lines;
    private final ChatBot bot;
    private final HandOver handOver;
    private final ChatFiling filing;
    private final ChatPushes pushes;
    private final ChatRateLimits limits;
    private final ChatSettingsStore settings;
    private final ChatProperties properties;
    private final ChatTexts texts;
    private final VisitorTyping typing;
    private final CustomerDirectory customers;
    private final HelpCentreVisits visits;
    private final ConversationWork work;
    private final Surveys surveys;
    private final JsonMapper json;
    private final Clock clock;

    Chats(ChatVisitors visitors, ChatSessions sessions, ChatLines lines, ChatBot bot, HandOver handOver, ChatFiling filing,
          ChatPushes pushes, ChatRateLimits limits, ChatSettingsStore settings, ChatProperties properties, ChatTexts texts,
          VisitorTyping typing, CustomerDirectory customers, HelpCentreVisits visits, ConversationWork work,
          Surveys surveys, JsonMapper json, Clock clock) {
        this.visitors = visitors;
        this.sessions = sessions;
        this.lines = lines;
        this.bot = bot;
        this.handOver = handOver;
        this.filing = filing;
        this.pushes = pushes;
        this.limits = limits;
        this.settings = settings;
        this.properties = properties;
        this.texts = texts;
        this.typing = typing;
        this.customers = customers;
        this.visits = visits;
        this.work = work;
        this.surveys = surveys;
        this.json = json;
        this.clock = clock;
    }

    record Posted(long id, boolean duplicate) {
    }

    /** A new visitor; with a signed identity, the customer the shop says they are. */
    ChatVisitors.Issued newVisitor(String identity, String ip) {
        limits.newVisitor(ip);
        if (identity == null || identity.isBlank()) {
            return visitors.create(null, null);
        }
        SignedIdentity known = SignedIdentity.verify(identity, settings.current().identitySecret(), clock.instant(), json);
        List<ContactAddress> addresses = new ArrayList<>();
        if (known.email() != null) {
            addresses.add(ContactAddress.email(known.email()));
        }
        if (known.shopCustomerId() != null) {
            addresses.add(ContactAddress.external("shop", known.shopCustomerId()));
        }
        long customerId = customers.recognise(addresses, known.name()).id();
        ChatVisitors.Issued issued = visitors.create(customerId, known.name());
        visits.knownAs(issued.visitor().helpVisitor(), customerId);
        return issued;
    }

    /** @param base where the widget reaches this Loyaldesk, for the links the bot gives */
    Posted post(ChatVisitors.Visitor visitor, String clientId, String text, Language language, String pageUrl, String base,
                String ip) {
        checkClientId(clientId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw ChatRefusal.invalid("A message needs text");
        }
        if (body.length() > properties.maxMessageLength()) {
            throw ChatRefusal.invalid("A chat message is at most " + properties.maxMessageLength() + " characters");
        }
        checkStorable(body);
        limits.message(visitor.id(), ip);
        ChatSession session = sessions.current(visitor.id(), language, page(pageUrl));
        if (session.state().withPeople() && lines.visitorLines(session.id()) >= LINES_PER_CHAT) {
            throw ChatRefusal.tooMany("This chat is long; please continue by email");
        }
        Stored stored = lines.fromVisitor(session, clientId, body, null);
        if (session.state().withPeople()) {
            // filed before it is shown: what the widget shows as sent is a message the agents have
            handOver.fileUnfiled(session, handOver.known(visitor, session.language()), null);
        }
        if (!stored.duplicate()) {
            pushes.line(stored.line());
            typing.stopped(session);
        }
        if (session.state() == ChatState.BOT && !stored.duplicate()) {
            botTurn(session, visitor, body, base);
        }
        return new Posted(stored.line().id(), stored.duplicate());
    }

    private void botTurn(ChatSession session, ChatVisitors.Visitor visitor, String question, String base) {
        ChatBot.Answer answer = bot.answer(question, session.language());
        if (answer.handsOver()) {
            handOver.handOver(session, visitor, answer.handOver());
            return;
        }
        visits.searched(visitor.helpVisitor(), question.length() > 200 ? question.substring(0, 200) : question,
            answer.articles().size());
        pushes.line(lines.fromBot(session, texts.say(session.language(), "chat.bot.found"), answer.articles(), true));
    }

    /** A file is for a person to look at: it hands the chat over, and is a message with the file attached. */
    Posted postFile(ChatVisitors.Visitor visitor, String clientId, AttachedFile file, Language language, String pageUrl,
                    String ip) {
        checkClientId(clientId);
        if (file.content().length == 0) {
            throw ChatRefusal.invalid("The file is empty");
        }
        if (file.content().length > properties.maxFileSize().toBytes()) {
            throw new ChatRefusal(413, "too-large", "A file is at most " + properties.maxFileSize().toMegabytes() + " MB");
        }
        String name = fileName(file.fileName());
        limits.message(visitor.id(), ip);
        ChatSession session = sessions.current(visitor.id(), language, page(pageUrl));
        Stored stored = lines.fromVisitor(session, clientId, name, name);
        if (stored.line().messageId() != null) {
            return new Posted(stored.line().id(), true);
        }
        session = handOver.handOver(session, visitor, HandOverReason.FILE);
        ChatVisitors.Visitor known = handOver.known(visitor, session.language());
        handOver.fileUnfiled(session, known, HandOverReason.FILE);
        session = sessions.byId(session.id());
        Receipt receipt = filing.file(stored.line(), known.customerId(), filing.authorName(known, session),
            session.conversationId(), List.of(new AttachedFile(name, file.contentType(), file.content())));
        if (session.conversationId() == null) {
            handOver.attached(session, receipt.conversationId(), lines.ofSession(session.id()), HandOverReason.FILE);
        }
        pushes.line(lines.byId(stored.line().id()).orElseThrow());
        return new Posted(stored.line().id(), stored.duplicate());
    }

    /** "Talk to a person". */
    void askForPerson(ChatVisitors.Visitor visitor, Language language, String pageUrl) {
        handOver.handOver(sessions.current(visitor.id(), language, page(pageUrl)), visitor, HandOverReason.ASKED);
    }

    /** The answer to the bot's "did this answer your question?"; no hands the chat to a person. */
    void helpful(ChatVisitors.Visitor visitor, long lineId, boolean helpful) {
        if (!lines.answerHelpful(visitor.id(), lineId, helpful)) {
            return; // answered before, or not a question of this visitor's bot: nothing changes
        }
        ChatLine line = lines.byId(lineId).orElseThrow();
        if (!line.articles().isEmpty()) {
            visits.voted(visitor.helpVisitor(), line.articles().getFirst().id(), helpful, null);
        }
        pushes.line(line);
        ChatSession session = sessions.byId(line.sessionId());
        if (helpful) {
            pushes.line(lines.fromBot(session, texts.say(session.language(), "chat.bot.glad"), List.of(), false));
        } else {
            handOver.handOver(session, visitor, HandOverReason.NOT_HELPFUL);
        }
    }

    /**
     * Nobody could answer now: the chat continues by email, in the same conversation, at the address the visitor
     * gave. Only when the widget asked for it (or to change it). The address is where this chat's replies go, and
     * nothing more: an anonymous visitor typing someone's address must not become that customer, so it is not added
     * to the customer (the customer's own mail later, or an agent's merge, does that).
     */
    void leaveEmail(ChatVisitors.Visitor visitor, String email, Language language, String pageUrl) {
        ContactAddress address;
        try {
            address = ContactAddress.email(email);
        } catch (IllegalArgumentException e) {
            throw ChatRefusal.invalid("That is not an email address");
        }
        checkStorable(address.value());
        ChatSession session = sessions.latest(visitor.id())
            .filter(found -> found.askEmail() || found.state() == ChatState.EMAIL)
            .orElseThrow(() -> ChatRefusal.invalid("The chat did not ask for an email address"));
        ChatVisitors.Visitor known = handOver.known(visitor, session.language());
        if (session.conversationId() == null) {
            // asked for a person before writing anything: the request itself is what the agents will answer
            Stored request = lines.fromVisitor(session, "email-" + session.id(),
                texts.say(session.language(), "chat.email.request", address.value()), null);
            handOver.fileUnfiled(session, known, HandOverReason.ASKED);
            pushes.line(request.line());
        }
        sessions.continueByEmail(session.id(), address.value());
        ChatSession now = sessions.byId(session.id());
        pushes.line(lines.system(now, texts.say(now.language(), "chat.email.continues", address.value())));
        if (now.conversationId() != null) {
            work.note(now.conversationId(), texts.say(now.language(), "chat.note.email", address.value()));
        }
        pushes.state(now);
    }

    /** The effort question after the chat, on the conversation the chat went into. */
    void answerSurvey(ChatVisitors.Visitor visitor, int score) {
        ChatSession session = sessions.latest(visitor.id())
            .filter(found -> found.conversationId() != null && (found.askSurvey() || found.state() == ChatState.ENDED))
            .orElseThrow(() -> ChatRefusal.invalid("There is no ended chat with us to rate yet"));
        if (score < 1 || score > 7) {
            throw ChatRefusal.invalid("The answer is between 1 and 7");
        }
        surveys.answerInChat(session.conversationId(), score);
        sessions.surveyAnswered(session.id(), score);
        pushes.state(sessions.byId(session.id()));
    }

    /** The visitor ends the chat; the conversation stays as the agents left it. */
    void end(ChatVisitors.Visitor visitor) {
        sessions.latest(visitor.id()).filter(session -> session.state() != ChatState.ENDED).ifPresent(session -> {
            if (sessions.end(session.id())) {
                ChatSession ended = sessions.byId(session.id());
                pushes.line(lines.system(ended, texts.say(ended.language(), "chat.ended")));
                pushes.state(ended);
                typing.changed(ended);
            }
        });
    }

    void typing(ChatVisitors.Visitor visitor, boolean typingNow) {
        sessions.latest(visitor.id()).filter(session -> session.state().withPeople())
            .ifPresent(session -> typing.report(session, typingNow));
    }

    /** The visitor has seen the lines up to this one (the panel is open and visible). */
    void read(ChatVisitors.Visitor visitor, long upTo) {
        sessions.latest(visitor.id()).ifPresent(session -> {
            long shown = Math.min(upTo, Math.max(lines.lastOf(session.id(), ChatLine.Author.AGENT),
                lines.lastOf(session.id(), ChatLine.Author.BOT)));
            if (sessions.visitorRead(session.id(), shown)) {
                typing.changed(session);
            }
        });
    }

    private static void checkClientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw ChatRefusal.invalid("clientId is 8 to 64 letters, digits, - or _");
        }
    }

    private static void checkStorable(String text) {
        String problem = StorableText.problem(text);
        if (problem != null) {
            throw ChatRefusal.invalid("The text " + problem);
        }
    }

    private static String fileName(String given) {
        String name = given == null ? "" : given.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        if (StorableText.problem(name) != null) {
            throw ChatRefusal.invalid("The file name cannot be stored");
        }
        return name.length() > LONGEST_FILE_NAME ? name.substring(name.length() - LONGEST_FILE_NAME) : name;
    }

    /** The page the chat started on, for the agents; only an http(s) address, cut to what the column holds. */
    private static String page(String pageUrl) {
        if (pageUrl == null || !(pageUrl.startsWith("https://") || pageUrl.startsWith("http://"))
            || StorableText.problem(pageUrl) != null) {
            return null;
        }
        return pageUrl.length() > 500 ? pageUrl.substring(0, 500) : pageUrl;
    }
}
