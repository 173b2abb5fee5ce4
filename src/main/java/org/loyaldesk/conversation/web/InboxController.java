package org.loyaldesk.conversation.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.InboxQuery;
import org.loyaldesk.conversation.InboxSort;
import org.loyaldesk.conversation.InboxView;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.KeysetPage;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The inbox: the standing views, filters, and a list ordered by urgency and waiting time. */
@Controller
class InboxController {

    private static final int PAGE_SIZE = 50;

    private final ConversationQueries queries;
    private final Workspace workspace;
    private final LiveUpdates live;

    InboxController(ConversationQueries queries, Workspace workspace, LiveUpdates live) {
        this.queries = queries;
        this.workspace = workspace;
        this.live = live;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/inbox";
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) String view, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String channel, @RequestParam(required = false) String tag,
                 @RequestParam(required = false) String cursor, @RequestParam(required = false) String fragment,
                 @RequestParam(required = false) String sort,
                 Model model, HttpServletRequest request, HttpServletResponse response) {
        Workspace.Me me = workspace.me();
        InboxView inboxView = blank(view) ? LastInboxView.of(request, me.id()) : InboxView.fromCode(view);
        LastInboxView.remember(response, me.id(), inboxView);
        ConversationStatus statusFilter = blank(status) ? null : ConversationStatus.fromCode(status);
        Channel channelFilter = blank(channel) ? null : Channel.fromCode(channel)
            .orElseThrow(() -> new IllegalArgumentException("Unknown channel " + channel));
        InboxSort order = blank(sort) ? InboxSort.URGENCY : InboxSort.fromCode(sort);
        KeysetPage<?> page = queries.inbox(new InboxQuery(inboxView, me.id(), me.teamId(), statusFilter, channelFilter,
            blank(tag) ? null : tag, null, blank(cursor) ? null : cursor, PAGE_SIZE, order));
        model.addAttribute("page", page);
        model.addAttribute("view", inboxView.code());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.code());
        model.addAttribute("channel", channelFilter == null ? "" : channelFilter.code());
        model.addAttribute("tag", blank(tag) ? "" : tag);
        model.addAttribute("cursor", blank(cursor) ? "" : cursor);
        model.addAttribute("sort", order == InboxSort.URGENCY ? "" : order.code());
        model.addAttribute("sorts", InboxSort.values());
        if ("rows".equals(fragment)) {
            return "inbox :: rows";
        }
        model.addAttribute("counts", queries.counts(me.id(), me.teamId()));
        model.addAttribute("views", InboxView.values());
        model.addAttribute("statuses", ConversationStatus.values());
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(Channel::code).toList());
        model.addAttribute("tags", queries.tagsInUse());
        model.addAttribute("hasTeam", me.teamId() != null);
        return "inbox";
    }

    @GetMapping(path = "/live/inbox", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter liveInbox() {
        return live.subscribe("inbox", workspace.me().id());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
