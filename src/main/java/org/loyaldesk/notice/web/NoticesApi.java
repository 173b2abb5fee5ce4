package org.loyaldesk.notice.web;

import java.net.URI;
import java.util.List;

import org.loyaldesk.notice.NoticeInput;
import org.loyaldesk.notice.ServiceNotice;
import org.loyaldesk.notice.ServiceNotices;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Service notices over REST: anyone with a token reads them, team leads post and end them. */
@RestController
@Tag(name = "Service notices")
class NoticesApi {

    private final ServiceNotices notices;

    NoticesApi(ServiceNotices notices) {
        this.notices = notices;
    }

    @Operation(summary = "List notices, the latest posted first", description = "Ended and expired ones included.")
    @GetMapping("/api/v1/notices")
    List<ServiceNotice> list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit is between 1 and 500");
        }
        return notices.all(limit);
    }

    @GetMapping("/api/v1/notices/{id}")
    ServiceNotice get(@PathVariable long id) {
        return notices.get(id);
    }

    @Operation(summary = "Post a notice (team lead)", description = "Customers see it from 'from' (now when left "
        + "out) until 'until' or until it is ended. With 'skus' only customers who ordered one of those products "
        + "see it. Severity info, warning or outage; an outage is shown first.")
    @PostMapping("/api/v1/notices")
    @PreAuthorize("hasRole('LEAD')")
    ResponseEntity<ServiceNotice> post(@RequestBody NoticeInput input) {
        ServiceNotice posted = notices.post(input);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + posted.id())).body(posted);
    }

    @Operation(summary = "End a notice (team lead)", description = "Customers no longer see it; it stays in the list. "
        + "Ending an ended notice changes nothing.")
    @PostMapping("/api/v1/notices/{id}/end")
    @PreAuthorize("hasRole('LEAD')")
    ServiceNotice end(@PathVariable long id) {
        return notices.end(id);
    }
}
