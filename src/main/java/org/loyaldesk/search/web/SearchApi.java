package org.loyaldesk.search.web;

import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.search.ConversationSearch;
import org.loyaldesk.search.IndexRebuild;
import org.loyaldesk.search.SearchResults;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Search across conversations over REST. */
@RestController
@Tag(name = "Search")
class SearchApi {

    private final ConversationSearch search;
    private final IndexRebuild rebuild;
    private final LoyaldeskProperties properties;

    SearchApi(ConversationSearch search, IndexRebuild rebuild, LoyaldeskProperties properties) {
        this.search = search;
        this.rebuild = rebuild;
        this.properties = properties;
    }

    @Operation(summary = "Rebuild the search index from the database (admin)",
        description = "Runs in the background; searches keep answering meanwhile. Needed only after restoring a "
            + "database backup: the index follows every change by itself, and catches up at start.")
    @PostMapping("/api/v1/search/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> rebuild() {
        rebuild.rebuildInBackground();
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Search conversations by what was written in and about them",
        description = "Every word must match: in a message (Dutch and English word forms, parts of Dutch compounds), "
            + "the subject, the customer's name, email address or phone number, or a tag. Order numbers and email "
            + "addresses match whole; \"quoted words\" match exactly; when the exact words find almost nothing, near "
            + "spellings are searched too ('typoTolerant' in the answer). One hit per conversation, best first, with "
            + "a highlighted snippet (HTML-escaped, matches in <mark>) and a link to the message. Internal notes are "
            + "searched for agents, tokens that act as an agent, and lead or admin tokens. Dates are days in the "
            + "instance's time zone or timestamps with an offset.")
    @GetMapping("/api/v1/search")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                         @RequestParam(required = false) String channel, @RequestParam(required = false) String assignee,
                         @RequestParam(required = false) String team, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int offset,
                         @RequestParam(defaultValue = "20") int limit) {
        return search.search(new SearchParameters(q, status, channel, assignee, team, from, to)
            .request(properties.timeZone(), offset, limit));
    }
}
