package org.loyaldesk.conversation.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.loyaldesk.conversation.LinkedConversations;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Related conversations over the API: the same links agents make on the conversation page. */
@RestController
@Tag(name = "Conversations")
class ConversationLinksApi {

    private final LinkedConversations links;
    private final ConversationQueries queries;

    ConversationLinksApi(LinkedConversations links, ConversationQueries queries) {
        this.links = links;
        this.queries = queries;
    }

    record LinkRequest(@NotNull Long conversationId) {
    }

    @Operation(summary = "The conversations linked to this one", description = "Of any customer, oldest link first.")
    @GetMapping("/api/v1/conversations/{id}/links")
    List<ConversationSummary> list(@PathVariable long id) {
        queries.summary(id).orElseThrow(() -> new NotFoundException("Conversation", id));
        return links.of(id);
    }

    @Operation(summary = "Link a related conversation",
        description = "Both conversations list each other and both timelines record the link; nothing moves (to make "
            + "one conversation of two, merge them). Linking twice changes nothing. 400 for the conversation itself, "
            + "404 for an unknown one, 409 for a conversation that was merged into another. Answers the links.")
    @PostMapping("/api/v1/conversations/{id}/links")
    List<ConversationSummary> link(@PathVariable long id, @Valid @RequestBody LinkRequest body) {
        links.link(id, body.conversationId());
        return links.of(id);
    }

    @Operation(summary = "Remove the link to a conversation",
        description = "From both sides; removing a link that is not there changes nothing. Answers the links left.")
    @DeleteMapping("/api/v1/conversations/{id}/links/{otherId}")
    List<ConversationSummary> unlink(@PathVariable long id, @PathVariable long otherId) {
        links.unlink(id, otherId);
        return links.of(id);
    }
}
