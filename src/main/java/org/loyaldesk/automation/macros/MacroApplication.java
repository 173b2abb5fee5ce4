package org.loyaldesk.automation.macros;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.loyaldesk.automation.ConversationLanguage;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Fills a macro in for one conversation and carries out its actions. The status is the one action that can wait
 * for the reply: set at once, a reply sent afterwards would move the conversation on again (to pending, say).
 */
@Service
public class MacroApplication {

    private final MacroBook book;
    private final ConversationQueries conversations;
    private final ConversationWork work;
    private final CustomerDirectory customers;
    private final LoyaldeskProperties properties;
    private final ConversationLanguage languages;

    MacroApplication(MacroBook book, ConversationQueries conversations, ConversationWork work,
                     CustomerDirectory customers, LoyaldeskProperties properties, ConversationLanguage languages) {
        this.languages = languages;
        this.book = book;
        this.conversations = conversations;
        this.work = work;
        this.customers = customers;
        this.properties = properties;
    }

    /**
     * Applies a macro the current user may use. {@code statusAtOnce} false leaves the status to the reply
     * ({@link AppliedMacro#statusOnSend}); true sets it now, as an integration that sends the text itself wants.
     */
    public AppliedMacro apply(long macroId, long conversationId, boolean statusAtOnce) {
        Macro macro = book.get(macroId);
        ConversationSummary conversation = summary(conversationId);
        AppliedMacro filled = fill(macro, conversation);
        List<String> done = new ArrayList<>();
        MacroActions actions = macro.actions();
        if (actions.priority() != null && actions.priority() != conversation.priority()) {
            work.prioritise(conversationId, actions.priority(), null);
            done.add("priority:" + actions.priority().code());
        }
        if (actions.contactReason() != null && !actions.contactReason().equals(conversation.contactReason())) {
            work.classify(conversationId, actions.contactReason());
            done.add("reason:" + actions.contactReason());
        }
        for (String tag : actions.tags()) {
            work.tag(conversationId, tag);
            done.add("tag:" + tag);
        }
        String statusOnSend = null;
        if (actions.status() != null && actions.status() != conversation.status()) {
            if (statusAtOnce) {
                work.changeStatus(conversationId, actions.status(), null);
                done.add("status:" + actions.status().code());
            } else {
                statusOnSend = actions.status().code();
            }
        }
        return new AppliedMacro(macro.id(), conversationId, filled.text(), filled.language(), filled.missing(),
            List.copyOf(done), statusOnSend);
    }

    /** Applies a macro and sends its text as the reply, which leaves the macro's status (or pending). */
    public AppliedMacro applyAndSend(long macroId, long conversationId) {
        AppliedMacro applied = apply(macroId, conversationId, false);
        ConversationStatus then = applied.statusOnSend() == null ? null : ConversationStatus.fromCode(applied.statusOnSend());
        work.reply(conversationId, applied.text(), null, then);
        List<String> done = new ArrayList<>(applied.done());
        done.add("sent");
        if (then != null) {
            done.add("status:" + then.code());
        }
        return new AppliedMacro(applied.macroId(), conversationId, applied.text(), applied.language(), applied.missing(),
            List.copyOf(done), null);
    }

    /** The macro's text for this conversation, without doing anything: for rules that send a macro. */
    public AppliedMacro fill(Macro macro, long conversationId) {
        return fill(macro, summary(conversationId));
    }

    private AppliedMacro fill(Macro macro, ConversationSummary conversation) {
        CustomerProfile customer = customers.profile(conversation.customerId()).orElse(null);
        Language wanted = languages.of(conversation.id(), customer).orElse(Language.EN);
        Language language = macro.languageFor(wanted);
        String text = macro.textFor(language).orElseThrow();
        Placeholders.Filled filled = Placeholders.fill(text, new Placeholders.Values(
            customer == null ? null : customer.name(), latestOrder(customer), agentName(conversation),
            slug -> properties.linkBase() + HelpLinks.article(language, slug)));
        return new AppliedMacro(macro.id(), conversation.id(), filled.text(), language, filled.missing(), List.of(),
            null);
    }

    private ConversationSummary summary(long conversationId) {
        return conversations.summary(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
    }

    private static String latestOrder(CustomerProfile customer) {
        if (customer == null) {
            return null;
        }
        return customer.orders().stream().max(Comparator.comparing(CustomerProfile.OrderView::orderedAt))
            .map(CustomerProfile.OrderView::orderNumber).orElse(null);
    }

    // the agent who applies it; for a rule or an integration, the agent who has the conversation
    private static String agentName(ConversationSummary conversation) {
        Actor actor = CurrentActor.get();
        return actor.isAgent() ? actor.name() : conversation.assigneeName();
    }
}
