package org.loyaldesk.search;

import java.util.List;

/**
 * A page of conversations that match, best first, one hit each.
 *
 * @param more          whether a next page exists
 * @param typoTolerant  whether the exact words found too little and near spellings were searched as well
 */
public record SearchResults(List<SearchHit> hits, int offset, int limit, boolean more, boolean typoTolerant) {
}
