package org.loyaldesk.conversation.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationMerger;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSplitter;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.conversation.InboxQuery;
import org.loyaldesk.conversation.InboxSort;
import org.loyaldesk.conversation.InboxView;
import org.loyaldesk.conversation.Message;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.KeysetPage;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Conversations over REST. Changes that overwrite (status, assignment, priority) take the
 * version the caller last saw, as {@code expectedVersion} or an {@code If-Match} header, and
 * answer 409 when someone else changed the conversation since.
 */
@RestController
@Tag(name = "Conversations")
class ConversationApi {

    private final ConversationQueries queries;
    private final ConversationWork work;
    private final ConversationMerger merger;
    private final ConversationSplitter splitter;
    private final int maxTextLength;

    ConversationApi(ConversationQueries queries, ConversationWork work, ConversationMerger merger,
                    ConversationSplitter splitter, LoyaldeskProperties properties) {
        this.queries = queries;
        this.work = work;
        this.merger = merger;
        this.splitter = splitter;
        this.maxTextLength = properties.maxTextLength();
    }

    record Text(@NotBlank String text, String status, String channel, Boolean toEveryone, List<@Valid File> attachments) {
    }

    record File(@NotBlank @Size(max = 255) String name, @Size(max = 200) String contentType, @NotBlank String contentBase64) {
    }

    record Assignment(Long agentId, Long teamId, @Size(max = 5000) String note, Long expectedVersion) {
    }

    record StatusChange(@NotBlank String status, Long expectedVersion) {
    }

    record PriorityChange(@NotBlank String priority, Long expectedVersion) {
    }

    record ReasonChange(@Size(max = 64) String contactReason) {
    }

    record SpamChange(boolean spam) {
    }

    record MergeRequest(@NotNull Long conversationId, Long expectedVersion, Long mergedExpectedVersion) {
    }

    record SplitRequest(@NotNull Long messageId, Boolean onlyThis, @Size(max = 300) String subject,
                        Long expectedVersion) {
    }

    @Operation(summary = "List conversations, most urgent and longest waiting first (or with sort=due: earliest due first)",
        description = "Keyset pagination: pass the 'next' value of a page as 'cursor' to get the following page. "
            + "Without a status filter, only active conversations (new, open, pending, on_hold) are listed.")
    @GetMapping("/api/v1/conversations")
    KeysetPage<ConversationSummary> list(@RequestParam(defaultValue = "all") String view,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) String channel,
                                         @RequestParam(required = false) String tag,
                                         @RequestParam(required = false) Long customerId,
                                         @RequestParam(required = false) Long teamId,
                                         @RequestParam(required = false) String cursor,
                                         @RequestParam(defaultValue = "50") int limit,
                                         @RequestParam(defaultValue = "urgency") String sort) {
        Actor actor = CurrentActor.get();
        Channel channelFilter = channel == null ? null : Channel.fromCode(channel)
            .orElseThrow(() -> new IllegalArgumentException("Unknown channel '" + channel + "'"));
        return queries.inbox(new InboxQuery(InboxView.fromCode(view), actor.isAgent() ? actor.id() : null, teamId,
            status == null ? null : ConversationStatus.fromCode(status), channelFilter, tag, customerId, cursor, limit,
            InboxSort.fromCode(sort)));
    }

    @GetMapping("/api/v1/conversations/{id}")
    ConversationDetail get(@PathVariable long id) {
        return queries.detail(id).orElseThrow(() -> new NotFoundException("Conversation", id));
    }

    @Operation(summary = "Reply to the customer",
        description = "Delivered on 'channel', or on the channel the customer last wrote from. 'status' is the status "
            + "afterwards (default: pending, waiting for the customer).")
    @PostMapping("/api/v1/conversations/{id}/replies")
    ResponseEntity<ConversationDetail> reply(@PathVariable long id, @Valid @RequestBody Text body) {
        checkLength(body.text());
        Channel channel = body.channel() == null ? null : Channel.fromCode(body.channel())
            .orElseThrow(() -> new IllegalArgumentException("Unknown channel '" + body.channel() + "'"));
        List<AttachedFile> files = new ArrayList<>();
        for (File file : body.attachments() == null ? List.<File>of() : body.attachments()) {
            try {
                files.add(new AttachedFile(file.name(), file.contentType(),
                    Base64.getDecoder().decode(file.contentBase64().replaceAll("\\s", ""))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Attachment '" + file.name() + "' is not valid base64");
            }
        }
        Message reply = work.reply(id, body.text(), channel,
            body.status() == null ? null : ConversationStatus.fromCode(body.status()), Boolean.TRUE.equals(body.toEveryone()),
            files);
        return created(id, reply);
    }

    @PostMapping("/api/v1/conversations/{id}/notes")
    ResponseEntity<ConversationDetail> note(@PathVariable long id, @Valid @RequestBody Text body) {
        checkLength(body.text());
        return created(id, work.note(id, body.text()));
    }

    @Operation(summary = "Assign or transfer", description = "To an agent, a team, or both. Handing over a conversation "
        + "that someone already had needs a context note, so the customer never repeats their story.")
    @PostMapping("/api/v1/conversations/{id}/assignment")
    ConversationDetail assign(@PathVariable long id, @Valid @RequestBody Assignment body,
                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        work.transfer(id, body.agentId(), body.teamId(), body.note(), version(body.expectedVersion(), ifMatch));
        return get(id);
    }

    @PostMapping("/api/v1/conversations/{id}/status")
    ConversationDetail status(@PathVariable long id, @Valid @RequestBody StatusChange body,
                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        work.changeStatus(id, ConversationStatus.fromCode(body.status()), version(body.expectedVersion(), ifMatch));
        return get(id);
    }

    @PostMapping("/api/v1/conversations/{id}/priority")
    ConversationDetail priority(@PathVariable long id, @Valid @RequestBody PriorityChange body,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        work.prioritise(id, Priority.fromCode(body.priority()), version(body.expectedVersion(), ifMatch));
        return get(id);
    }

    @Operation(summary = "Mark as spam, or bring back from the spam view", description = "Nothing is deleted.")
    @PostMapping("/api/v1/conversations/{id}/spam")
    ConversationDetail spam(@PathVariable long id, @RequestBody SpamChange body) {
        work.markSpam(id, body.spam());
        return get(id);
    }

    @PutMapping("/api/v1/conversations/{id}/contact-reason")
    ConversationDetail reason(@PathVariable long id, @Valid @RequestBody ReasonChange body) {
        work.classify(id, body.contactReason());
        return get(id);
    }

    @PutMapping("/api/v1/conversations/{id}/tags/{tag}")
    ConversationDetail tag(@PathVariable long id, @PathVariable String tag) {
        work.tag(id, tag);
        return get(id);
    }

    @DeleteMapping("/api/v1/conversations/{id}/tags/{tag}")
    ConversationDetail untag(@PathVariable long id, @PathVariable String tag) {
        work.untag(id, tag);
        return get(id);
    }

    @Operation(summary = "Merge another conversation of the same customer into this one",
        description = "Every message, tag, reading and survey invitation of 'conversationId' moves here, in time order; "
            + "that conversation is closed and points here. Conversations of two customers answer 409: merge the "
            + "customers first. 'expectedVersion' (or If-Match) is this conversation's version, "
            + "'mergedExpectedVersion' the other's: 409 if either changed since.")
    @PostMapping("/api/v1/conversations/{id}/merge")
    ConversationDetail merge(@PathVariable long id, @Valid @RequestBody MergeRequest body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        merger.merge(id, body.conversationId(), version(body.expectedVersion(), ifMatch), body.mergedExpectedVersion());
        return get(id);
    }

    @Operation(summary = "Split a customer message off into a new conversation",
        description = "Moves the message and everything after it (or, with onlyThis, only the message) to a new "
            + "conversation of the same customer. Answers 201 with the new conversation.")
    @PostMapping("/api/v1/conversations/{id}/split")
    ResponseEntity<ConversationDetail> split(@PathVariable long id, @Valid @RequestBody SplitRequest body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long created = splitter.split(id, body.messageId(), Boolean.TRUE.equals(body.onlyThis()), body.subject(),
            version(body.expectedVersion(), ifMatch)).id();
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + created)).body(get(created));
    }

    private ResponseEntity<ConversationDetail> created(long id, Message message) {
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + id + "#message-" + message.id()))
            .body(get(id));
    }

    private void checkLength(String text) {
        if (text.length() > maxTextLength) {
            throw new IllegalArgumentException("text is " + text.length() + " characters; the limit is " + maxTextLength);
        }
    }

    /** The version the caller expects, from the body or from an If-Match header ({@code "3"} or {@code W/"3"}). */
    private static Long version(Long expected, String ifMatch) {
        if (expected != null || ifMatch == null || ifMatch.isBlank()) {
            return expected;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must hold the conversation version, for example \"3\"");
        }
    }
}
