package org.loyaldesk.chat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.ReplyAttachments;
import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.platform.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the widget talks to. Every call but the first carries the visitor's id and token; the answers are JSON,
 * refusals are problem+json with a {@code code} the widget shows in the visitor's language.
 */
@RestController
@RequestMapping("/chat")
class ChatEndpoints {

    /** How many missed lines one connect replays; a widget further behind gets the rest on its next connect. */
    private static final int REPLAY = 500;
    private static final List<String> WIDGET_TEXTS = List.of("launcher", "title", "subtitle.bot", "subtitle.waiting",
        "subtitle.live", "subtitle.email", "placeholder", "send", "attach", "close", "person", "helpful.question",
        "helpful.yes", "helpful.no", "helpful.thanks", "typing", "read", "email.ask", "email.placeholder", "email.send",
        "email.thanks", "survey.question", "survey.low", "survey.high", "survey.thanks", "end", "ended",
        "error.too-many", "error.too-large", "error.offline", "error.invalid-input", "new-reply", "sending",
        "failed.retry");

    private final Chats chats;
    private final ChatVisitors visitors;
    private final ChatSessions sessions;
    private final ChatLines lines;
    private final ChatStreams streams;
    private final ChatViews views;
    private final ChatSettingsStore settings;
    private final HelpCentreSettings helpCentre;
    private final ReplyAttachments attachments;
    private final ChatTexts texts;
    private final ChatRateLimits limits;

    ChatEndpoints(Chats chats, ChatVisitors visitors, ChatSessions sessions, ChatLines lines, ChatStreams streams,
                  ChatViews views, ChatSettingsStore settings, HelpCentreSettings helpCentre, ReplyAttachments attachments,
                  ChatTexts texts, ChatRateLimits limits) {
        this.limits = limits;
        this.chats = chats;
        this.visitors = visitors;
        this.sessions = sessions;
        this.lines = lines;
        this.streams = streams;
        this.views = views;
        this.settings = settings;
        this.helpCentre = helpCentre;
        this.attachments = attachments;
        this.texts = texts;
    }

    /** Everything a visitor sends besides a file; each call uses the fields it needs. */
    record WidgetRequest(String visitor, String token, String clientId, String text, String lang, String page,
                         Boolean typing, Long upTo, Long line, Boolean helpful, String email, Integer score,
                         String identity) {
    }

    record Config(String name, String colour, String language, Map<String, String> texts) {
    }

    record NewVisitor(String visitor, String token, String name) {
    }

    @GetMapping("/config")
    Config config(@RequestParam(required = false) String lang) {
        Language language = Language.of(lang);
        ChatSettings current = settings.current();
        Map<String, String> shown = new LinkedHashMap<>();
        WIDGET_TEXTS.forEach(key -> shown.put(key, texts.template(language, "chat.widget." + key)));
        return new Config(current.name() == null ? helpCentre.name() : current.name(),
            current.colour() == null ? helpCentre.colour() : current.colour(), language.code(), shown);
    }

    @PostMapping("/visitors")
    @ResponseStatus(HttpStatus.CREATED)
    NewVisitor visitor(@RequestBody(required = false) WidgetRequest request, HttpServletRequest http) {
        ChatVisitors.Issued issued = chats.newVisitor(request == null ? null : request.identity(), http.getRemoteAddr());
        return new NewVisitor(issued.visitor().publicId(), issued.token(), issued.visitor().name());
    }

    /** Where the chat stands, then every line after the last one the widget saw, then what happens. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam String visitor, @RequestParam String token,
                      @RequestParam(defaultValue = "0") long after,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      HttpServletRequest http, HttpServletResponse response) {
        ChatVisitors.Visitor who = visitors.authenticate(visitor, token);
        limits.stream(http.getRemoteAddr());
        long seen = Math.max(after, lastEvent(lastEventId));
        String base = base();
        // a proxy must pass the stream on at once rather than collect it
        response.setHeader("X-Accel-Buffering", "no");
        ChatStreams.Stream stream = streams.open(who.id(), line -> views.line(line, base));
        try {
            stream.event("state", sessions.latest(who.id()).map(ChatViews::state).orElse(ChatViews.NOT_STARTED));
            lines.after(who.id(), seen, REPLAY).forEach(stream::line);
        } catch (RuntimeException e) {
            stream.end();
            throw e;
        }
        return stream.emitter();
    }

    @PostMapping("/messages")
    Chats.Posted message(@RequestBody WidgetRequest request, HttpServletRequest http,
                         @RequestHeader(name = "Accept-Language", required = false) String browserLanguage) {
        return chats.post(visitor(request), request.clientId(), request.text(), language(request.lang(), browserLanguage),
            request.page(), base(), http.getRemoteAddr());
    }

    @PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Chats.Posted file(@RequestParam String visitor, @RequestParam String token, @RequestParam String clientId,
                      @RequestParam MultipartFile file, @RequestParam(required = false) String lang,
                      @RequestParam(required = false) String page, HttpServletRequest http,
                      @RequestHeader(name = "Accept-Language", required = false) String browserLanguage) throws IOException {
        ChatVisitors.Visitor who = visitors.authenticate(visitor, token);
        return chats.postFile(who, clientId, new AttachedFile(file.getOriginalFilename(), file.getContentType(),
            file.getBytes()), language(lang, browserLanguage), page, http.getRemoteAddr());
    }

    @PostMapping("/typing")
    ResponseEntity<Void> typing(@RequestBody WidgetRequest request) {
        chats.typing(acting(request), Boolean.TRUE.equals(request.typing()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    ResponseEntity<Void> read(@RequestBody WidgetRequest request) {
        chats.read(acting(request), required(request.upTo(), "upTo"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/person")
    ResponseEntity<Void> person(@RequestBody WidgetRequest request,
                                @RequestHeader(name = "Accept-Language", required = false) String browserLanguage) {
        chats.askForPerson(acting(request), language(request.lang(), browserLanguage), request.page());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/helpful")
    ResponseEntity<Void> helpful(@RequestBody WidgetRequest request) {
        chats.helpful(acting(request), required(request.line(), "line"), required(request.helpful(), "helpful"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/email")
    ResponseEntity<Void> email(@RequestBody WidgetRequest request,
                               @RequestHeader(name = "Accept-Language", required = false) String browserLanguage) {
        chats.leaveEmail(acting(request), request.email(), language(request.lang(), browserLanguage), request.page());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/survey")
    ResponseEntity<Void> survey(@RequestBody WidgetRequest request) {
        chats.answerSurvey(acting(request), required(request.score(), "score"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/end")
    ResponseEntity<Void> end(@RequestBody WidgetRequest request) {
        chats.end(acting(request));
        return ResponseEntity.noContent().build();
    }

    /** A file of the visitor's chat: one they sent, or one an agent sent them. */
    @GetMapping("/files/{id}")
    void download(@PathVariable long id, @RequestParam String visitor, @RequestParam String token,
                  HttpServletResponse response) throws IOException {
        ChatVisitors.Visitor who = visitors.authenticate(visitor, token);
        ReplyAttachments.StoredFile file = attachments.find(id)
            .filter(found -> lines.visitorHasMessage(who.id(), found.messageId()))
            .orElseThrow(() -> new ChatRefusal(404, "not-found", "No such file in this chat"));
        response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
            .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(file.size());
        attachments.write(id, response.getOutputStream());
    }

    /** The visitor a request comes from. */
    private ChatVisitors.Visitor visitor(WidgetRequest request) {
        if (request == null) {
            throw ChatRefusal.notYourVisitor();
        }
        return visitors.authenticate(request.visitor(), request.token());
    }

    /** A visitor doing something other than writing: each of these reaches agents' screens, so it is counted. */
    private ChatVisitors.Visitor acting(WidgetRequest request) {
        ChatVisitors.Visitor visitor = visitor(request);
        limits.action(visitor.id());
        return visitor;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ChatRefusal.invalid(field + " is required");
        }
        return value;
    }

    private static Language language(String pageLanguage, String browserLanguage) {
        return Language.of(pageLanguage != null && !pageLanguage.isBlank() ? pageLanguage : browserLanguage);
    }

    private static long lastEvent(String header) {
        try {
            return header == null ? 0 : Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Where the widget's page reaches this Loyaldesk: links in lines must be absolute, the widget runs elsewhere. */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
