package org.loyaldesk.search;

import org.loyaldesk.text.SearchAnalysis;

/** The fields of a message in the index; one document per message, carrying its conversation's facts. */
final class SearchFields {

    static final String CONVERSATION = "conversation";
    /** The conversation id again, as a doc value: collapsing hits into conversations reads it for every hit. */
    static final String CONVERSATION_ID = "conversation_id";
    static final String MESSAGE = "message";
    static final String KIND = "kind";
    static final String INTERNAL = "internal";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String ASSIGNEE = "assignee";
    static final String TEAM = "team";
    static final String SPAM = "spam";
    static final String CREATED = "created";
    static final String BODY = "body";
    static final String TEXT = "text";
    static final String TEXT_NL = "text" + SearchAnalysis.DUTCH;
    static final String TEXT_EN = "text" + SearchAnalysis.ENGLISH;
    static final String SUBJECT = "subject";
    static final String CUSTOMER_NAME = "customer_name";
    static final String PEOPLE = "people";
    static final String TAGS = "tags";
    static final String IDS = "ids";
    static final String NONE = "none";

    private SearchFields() {
    }
}
