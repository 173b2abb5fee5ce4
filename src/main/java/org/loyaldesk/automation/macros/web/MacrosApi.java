package org.loyaldesk.automation.macros.web;

import java.net.URI;
import java.util.List;

import org.loyaldesk.automation.macros.AppliedMacro;
import org.loyaldesk.automation.macros.Macro;
import org.loyaldesk.automation.macros.MacroApplication;
import org.loyaldesk.automation.macros.MacroBook;
import org.loyaldesk.automation.macros.MacroInput;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Macros over REST: the token's agent keeps their own, leads and admins the shared ones; anyone applies them. */
@RestController
@Tag(name = "Automation: macros")
class MacrosApi {

    private static final String PATH = "/api/v1/automation/macros";

    private final MacroBook book;
    private final MacroApplication application;
    private final ConversationQueries conversations;

    MacrosApi(MacroBook book, MacroApplication application, ConversationQueries conversations) {
        this.book = book;
        this.application = application;
        this.conversations = conversations;
    }

    @Operation(summary = "The shared macros and the token's agent's own",
        description = "With conversationId: those suggested for its contact reason first.")
    @GetMapping(PATH)
    List<Macro> list(@RequestParam(required = false) Long conversationId) {
        if (conversationId == null) {
            return book.visible();
        }
        String reason = conversations.summary(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId)).contactReason();
        return book.suggestedFor(reason);
    }

    @GetMapping(PATH + "/{id}")
    Macro get(@PathVariable long id) {
        return book.get(id);
    }

    @Operation(summary = "Save a macro", description = "Texts may hold {customer.name}, {order.number}, {agent.name} "
        + "and {article:slug}; any other placeholder is refused (422). 'shared' needs a lead or admin; a personal "
        + "macro needs a token bound to an agent. status, priority, contactReason and tags are what applying does.")
    @PostMapping(PATH)
    ResponseEntity<Macro> create(@RequestBody MacroInput input) {
        Macro saved = book.create(input);
        return ResponseEntity.created(URI.create(PATH + "/" + saved.id())).body(saved);
    }

    @PutMapping(PATH + "/{id}")
    Macro update(@PathVariable long id, @RequestBody MacroInput input) {
        return book.update(id, input);
    }

    @DeleteMapping(PATH + "/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        book.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Apply a macro to a conversation", description = "Answers the reply text with its "
        + "placeholders filled in, in the customer's language (missing: placeholders without a value, left empty), "
        + "and carries out the macro's actions at once, the status included. The text is not sent: post it as a "
        + "reply (or use sent=true to send it with the macro's status, or pending, afterwards).")
    @PostMapping(PATH + "/{id}/apply")
    AppliedMacro apply(@PathVariable long id, @RequestParam long conversationId,
                       @RequestParam(defaultValue = "false") boolean send) {
        if (send) {
            return application.applyAndSend(id, conversationId);
        }
        return application.apply(id, conversationId, true);
    }
}
