package org.loyaldesk.search;

import java.util.LinkedHashMap;

import org.loyaldesk.text.Highlights;
import org.loyaldesk.text.SearchAnalysis;

/**
 * The highlighted passages of message hits: the message text in its three analyses and the
 * subject; a hit on the customer or a tag alone shows the message's opening.
 */
final class Snippets {

    private Snippets() {
    }

    static Highlights of(SearchAnalysis analysis) {
        LinkedHashMap<String, String> storedFor = new LinkedHashMap<>();
        storedFor.put(SearchFields.TEXT, SearchFields.BODY);
        storedFor.put(SearchFields.TEXT_NL, SearchFields.BODY);
        storedFor.put(SearchFields.TEXT_EN, SearchFields.BODY);
        storedFor.put(SearchFields.SUBJECT, SearchFields.SUBJECT);
        return new Highlights(analysis, storedFor, SearchFields.BODY);
    }
}
