package org.loyaldesk.chat;

import org.springframework.stereotype.Component;

/** Tells the visitor's open widgets what changed, after it is stored. */
@Component
class ChatPushes {

    private final ChatStreams streams;

    ChatPushes(ChatStreams streams) {
        this.streams = streams;
    }

    ChatLine line(ChatLine line) {
        streams.line(line);
        return line;
    }

    void state(ChatSession session) {
        streams.event(session.visitorId(), "state", ChatViews.state(session));
    }

    void typing(long visitorId, String name, boolean typing) {
        streams.event(visitorId, "typing", new Typing(name, typing));
    }

    void read(long visitorId, long upTo) {
        streams.event(visitorId, "read", new Read(upTo));
    }

    record Typing(String name, boolean typing) {
    }

    record Read(long upTo) {
    }
}
