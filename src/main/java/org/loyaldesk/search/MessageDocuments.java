package org.loyaldesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.ContactKind;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.text.LanguageDetection;
import org.loyaldesk.text.PlainText;
import org.loyaldesk.text.TextLanguage;

/**
 * A conversation as index documents: one per message, note and hand-over note, each carrying
 * what the conversation is (subject, customer, tags, status, assignment) so that any of it finds
 * the message and every filter is a plain term. Status events are not text anyone searches for.
 */
final class MessageDocuments {

    private final LanguageDetection languages;

    private static final int DETECTED_KEPT = 50_000;

    /** The most recently indexed messages' languages (about 100 bytes each), oldest dropped first. */
    private final java.util.Map<Long, Detected> detectedLanguages = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Detected> eldest) {
            return size() > DETECTED_KEPT;
        }
    };

    MessageDocuments(LanguageDetection languages) {
        this.languages = languages;
    }

    List<Document> of(ConversationDetail conversation, CustomerProfile customer) {
        ConversationSummary summary = conversation.summary();
        String hint = customer == null || customer.language() == null ? null : customer.language().code();
        List<Document> documents = new ArrayList<>();
        for (TimelineEntry entry : conversation.timeline()) {
            if (entry.kind() == MessageKind.EVENT || entry.body() == null) {
                continue;
            }
            Document document = new Document();
            describeConversation(document, summary, customer);
            describeMessage(document, entry, hint);
            documents.add(document);
        }
        return documents;
    }

    private static void describeConversation(Document document, ConversationSummary summary, CustomerProfile customer) {
        document.add(new StringField(SearchFields.CONVERSATION, Long.toString(summary.id()), Field.Store.YES));
        document.add(new NumericDocValuesField(SearchFields.CONVERSATION_ID, summary.id()));
        document.add(new StringField(SearchFields.STATUS, summary.status().code(), Field.Store.NO));
        document.add(new StringField(SearchFields.CHANNEL, summary.channel().code(), Field.Store.NO));
        document.add(new StringField(SearchFields.ASSIGNEE, key(summary.assigneeId()), Field.Store.NO));
        document.add(new StringField(SearchFields.TEAM, key(summary.teamId()), Field.Store.NO));
        document.add(new StringField(SearchFields.SPAM, Boolean.toString(summary.spam()), Field.Store.NO));
        document.add(new TextField(SearchFields.SUBJECT, summary.subject(), Field.Store.YES));
        document.add(new StoredField(SearchFields.CUSTOMER_NAME, summary.customerName() == null ? "" : summary.customerName()));
        document.add(new TextField(SearchFields.PEOPLE, summary.customerName() == null ? "" : summary.customerName(), Field.Store.NO));
        summary.tags().forEach(tag -> document.add(new TextField(SearchFields.TAGS, tag, Field.Store.NO)));
        Identifiers.in(summary.subject()).forEach(key -> document.add(new StringField(SearchFields.IDS, key, Field.Store.NO)));
        if (customer != null) {
            for (ContactAddress address : customer.contacts()) {
                document.add(new TextField(SearchFields.PEOPLE, address.value(), Field.Store.NO));
                document.add(new StringField(SearchFields.IDS, address.kind() == ContactKind.PHONE
                    ? Identifiers.phoneKey(address.value()).orElse(address.value())
                    : address.value().toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
    }

    /**
     * A message's language, detected once: a conversation is read whole again at every new message, and detecting
     * every earlier message again was most of the cost of indexing a long chat. Keyed by id and text, so an erased
     * or edited text is detected afresh.
     */
    private TextLanguage detected(long messageId, String body, String hint) {
        Detected known;
        synchronized (detectedLanguages) {
            known = detectedLanguages.get(messageId);
        }
        if (known != null && known.bodyHash() == body.hashCode() && java.util.Objects.equals(known.hint(), hint)) {
            return known.language();
        }
        TextLanguage language = languages.detect(body, hint);
        synchronized (detectedLanguages) {
            detectedLanguages.put(messageId, new Detected(body.hashCode(), hint, language));
        }
        return language;
    }

    private record Detected(int bodyHash, String hint, TextLanguage language) {
    }

    private void describeMessage(Document document, TimelineEntry entry, String hint) {
        // HTML reduced to its text, and bounded: a mail of megabytes is found by its first 20,000 characters.
        String body = PlainText.of(entry.body());
        boolean internal = entry.kind() == MessageKind.NOTE || entry.kind() == MessageKind.TRANSFER;
        document.add(new StoredField(SearchFields.MESSAGE, entry.id()));
        document.add(new StringField(SearchFields.KIND, entry.kind().name().toLowerCase(Locale.ROOT), Field.Store.YES));
        document.add(new StringField(SearchFields.INTERNAL, Boolean.toString(internal), Field.Store.NO));
        long created = entry.createdAt().toEpochMilli();
        document.add(new LongPoint(SearchFields.CREATED, created));
        document.add(new NumericDocValuesField(SearchFields.CREATED, created));
        document.add(new StoredField(SearchFields.CREATED, created));
        document.add(new StoredField(SearchFields.BODY, body));
        document.add(new TextField(SearchFields.TEXT, body, Field.Store.NO));
        // Short or mixed texts that neither language claims get both analyses rather than none.
        TextLanguage language = detected(entry.id(), body, hint);
        if (language != TextLanguage.EN) {
            document.add(new TextField(SearchFields.TEXT_NL, body, Field.Store.NO));
        }
        if (language != TextLanguage.NL) {
            document.add(new TextField(SearchFields.TEXT_EN, body, Field.Store.NO));
        }
        Identifiers.in(body).forEach(key -> document.add(new StringField(SearchFields.IDS, key, Field.Store.NO)));
    }

    private static String key(Long id) {
        return id == null ? SearchFields.NONE : id.toString();
    }
}
