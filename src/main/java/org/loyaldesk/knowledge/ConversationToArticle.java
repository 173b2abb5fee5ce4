package org.loyaldesk.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.text.QuotedHistory;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * A solved conversation becomes a draft article: the customer's question and the agent's last
 * answer, prefilled for an editor to polish. Nothing that identifies the customer goes along —
 * their names, addresses, phone numbers and order numbers are replaced by a neutral mark — and
 * the draft is never published by itself.
 */
@Service
public class ConversationToArticle {

    private static final String HIDDEN = "…";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])(\\+|00)?\\d[\\d ()-]{7,}\\d(?![\\w])");
    /** Order numbers, invoice numbers, postcodes with numbers: anything shaped like an identifier. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Z]{1,4}-?\\d{4,}\\b|\\b\\d{4}\\s?[A-Z]{2}\\b|\\b\\d{6,}\\b");

    private final ConversationQueries conversations;
    private final CustomerDirectory customers;
    private final Articles articles;

    ConversationToArticle(ConversationQueries conversations, CustomerDirectory customers, Articles articles) {
        this.conversations = conversations;
        this.customers = customers;
        this.articles = articles;
    }

    public Articles.Saved draft(long conversationId) {
        ConversationDetail detail = conversations.detail(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
        TimelineEntry question = detail.timeline().stream().filter(entry -> entry.kind() == MessageKind.INBOUND)
            .findFirst().orElseThrow(() -> new RuleViolationException("This conversation has no question from the customer"));
        TimelineEntry answer = detail.timeline().stream().filter(entry -> entry.kind() == MessageKind.REPLY)
            .max(Comparator.comparing(TimelineEntry::createdAt))
            .orElseThrow(() -> new RuleViolationException("This conversation has no answer yet to make an article of"));
        CustomerProfile customer = customers.profile(detail.summary().customerId()).orElse(null);
        List<String> known = knownDetails(customer, question.authorName());
        Language language = customer != null && customer.language() != null ? customer.language() : Language.EN;
        String title = anonymous(detail.summary().subject() == null ? "" : detail.summary().subject(), known);
        String body = "<h2>" + (language == Language.NL ? "Vraag" : "Question") + "</h2>\n" + paragraphs(anonymous(
            QuotedHistory.split(question.body()).newText(), known))
            + "\n<h2>" + (language == Language.NL ? "Antwoord" : "Answer") + "</h2>\n" + paragraphs(anonymous(
            QuotedHistory.split(answer.body()).newText(), known));
        String slug = Slugs.fromTitle(title) + "-" + conversationId;
        return articles.create(new ArticleInput(language.code(), slug.length() > Slugs.MAX_LENGTH ? null : slug,
            title.isBlank() ? (language == Language.NL ? "Nieuw artikel" : "New article") : title, null, body, "draft",
            false, null, null, null));
    }

    private static List<String> knownDetails(CustomerProfile customer, String authorName) {
        List<String> known = new ArrayList<>();
        if (customer != null) {
            addName(known, customer.name());
            addName(known, customer.displayName());
            customer.contacts().stream().map(ContactAddress::value).forEach(known::add);
            customer.orders().forEach(order -> known.add(order.orderNumber()));
        }
        addName(known, authorName);
        known.removeIf(value -> value == null || value.isBlank() || value.length() < 2);
        // longest first, so "Jan de Vries" goes before "Jan"
        known.sort(Comparator.comparingInt(String::length).reversed());
        return known;
    }

    private static void addName(List<String> known, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        known.add(name.strip());
        for (String part : name.strip().split("\\s+")) {
            if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))) {
                known.add(part);
            }
        }
    }

    static String anonymous(String text, List<String> known) {
        String result = text;
        for (String value : known) {
            result = Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(value) + "(?![\\p{L}\\d])").matcher(result)
                .replaceAll(HIDDEN);
        }
        result = EMAIL.matcher(result).replaceAll(HIDDEN);
        result = PHONE.matcher(result).replaceAll(HIDDEN);
        return IDENTIFIER.matcher(result).replaceAll(HIDDEN);
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>\n");
            }
        }
        return html.toString();
    }
}
