package org.loyaldesk.conversation.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.loyaldesk.conversation.AuthorType;
import org.loyaldesk.conversation.ConversationHistoryImport;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ImportedConversation;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.identity.Team;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Moving from another helpdesk: conversations that happened elsewhere come in with their whole
 * history, in batches, all or nothing per batch. Customers are recognised by their addresses.
 */
@RestController
@Tag(name = "Conversations")
class ConversationImportApi {

    private final ConversationHistoryImport importer;
    private final CustomerDirectory customers;
    private final AgentDirectory directory;
    private final AuditLog audit;

    ConversationImportApi(ConversationHistoryImport importer, CustomerDirectory customers, AgentDirectory directory,
                          AuditLog audit) {
        this.importer = importer;
        this.customers = customers;
        this.directory = directory;
        this.audit = audit;
    }

    record Customer(@Size(max = 254) String email, @Size(max = 32) String phone, @Size(max = 200) String name,
                    String language) {
    }

    record Entry(@NotBlank String kind, @NotNull Instant at, @Size(max = 200) String author,
                 @NotNull @Size(max = 100_000) String text, String channel) {
    }

    record Conversation(@NotNull @Valid Customer customer, @Size(max = 300) String subject, @NotBlank String channel,
                        @NotBlank String status, String priority, String assigneeEmail, String team,
                        @Size(max = 64) String contactReason, List<@NotBlank @Size(max = 64) String> tags,
                        @NotEmpty @Size(max = 1000) List<@Valid Entry> messages) {
    }

    record Batch(@NotEmpty @Size(max = 500) List<@Valid Conversation> conversations) {
    }

    record Imported(int imported, List<Long> conversationIds) {
    }

    @Operation(summary = "Import conversations from another helpdesk (admin)",
        description = "Up to 500 conversations per call, in one transaction. Entry kinds: inbound (from the customer), "
            + "reply (from an agent, matched by author name), note.")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/v1/conversations/import")
    @Transactional
    Imported importBatch(@Valid @RequestBody Batch batch) {
        Map<String, AgentSummary> agentsByName = directory.agents().stream()
            .collect(Collectors.toMap(AgentSummary::name, Function.identity(), (a, b) -> a));
        Map<String, Team> teamsByName = directory.teams().stream()
            .collect(Collectors.toMap(Team::name, Function.identity(), (a, b) -> a));
        List<Long> ids = new ArrayList<>();
        for (Conversation conversation : batch.conversations()) {
            ids.add(importer.importConversation(toImported(conversation, agentsByName, teamsByName)));
        }
        audit.record("conversations.imported", "conversation", null, ids.size() + " conversations");
        return new Imported(ids.size(), ids);
    }

    private ImportedConversation toImported(Conversation conversation, Map<String, AgentSummary> agents,
                                            Map<String, Team> teams) {
        Channel channel = channel(conversation.channel());
        CustomerRef customer = customer(conversation.customer());
        Long assignee = conversation.assigneeEmail() == null ? null : directory.agentByEmail(conversation.assigneeEmail())
            .map(AgentSummary::id).orElseThrow(() -> new NotFoundException("Agent", conversation.assigneeEmail()));
        Long team = conversation.team() == null ? null : Optional.ofNullable(teams.get(conversation.team()))
            .map(Team::id).orElseThrow(() -> new NotFoundException("Team", conversation.team()));
        List<ImportedConversation.Entry> entries = conversation.messages().stream()
            .map(entry -> entry(entry, channel, agents)).toList();
        return new ImportedConversation(customer.id(), conversation.subject(), channel,
            ConversationStatus.fromCode(conversation.status()),
            conversation.priority() == null ? Priority.NORMAL : Priority.fromCode(conversation.priority()), assignee, team,
            conversation.contactReason(), conversation.tags() == null ? List.of() : conversation.tags(), null, 0, entries);
    }

    private ImportedConversation.Entry entry(Entry entry, Channel conversationChannel, Map<String, AgentSummary> agents) {
        Channel channel = entry.channel() == null ? conversationChannel : channel(entry.channel());
        AgentSummary agent = entry.author() == null ? null : agents.get(entry.author());
        return switch (entry.kind().trim().toLowerCase()) {
            case "inbound" -> ImportedConversation.Entry.customer(channel, entry.author(), entry.text(), entry.at());
            case "reply" -> new ImportedConversation.Entry(MessageKind.REPLY, channel,
                agent == null ? AuthorType.INTEGRATION : AuthorType.AGENT, agent == null ? null : agent.id(),
                entry.author(), entry.text(), entry.at(), null, null);
            case "note" -> new ImportedConversation.Entry(MessageKind.NOTE, channel,
                agent == null ? AuthorType.INTEGRATION : AuthorType.AGENT, agent == null ? null : agent.id(),
                entry.author(), entry.text(), entry.at(), null, null);
            default -> throw new IllegalArgumentException("Unknown message kind '" + entry.kind()
                + "'; use inbound, reply or note");
        };
    }

    private CustomerRef customer(Customer customer) {
        Language language = customer.language() == null ? null : Language.of(customer.language());
        if (customer.email() != null && !customer.email().isBlank()) {
            return customers.identify(ContactAddress.email(customer.email()), customer.name(), language);
        }
        if (customer.phone() != null && !customer.phone().isBlank()) {
            return customers.identify(ContactAddress.phone(customer.phone()), customer.name(), language);
        }
        throw new IllegalArgumentException("Every imported conversation needs a customer email or phone");
    }

    private static Channel channel(String code) {
        return Channel.fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown channel '" + code + "'"));
    }
}
