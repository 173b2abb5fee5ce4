package org.loyaldesk.platform.web;

import java.util.List;

import org.loyaldesk.platform.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log over REST (admin): who changed what, when. */
@RestController
@Tag(name = "Audit log")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    List<AuditLog.Entry> audit(@RequestParam(required = false) String subjectType,
                               @RequestParam(required = false) String subjectId,
                               @RequestParam(defaultValue = "100") int limit) {
        if (subjectType != null && subjectId != null) {
            return audit.forSubject(subjectType, subjectId);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        return audit.recent(limit);
    }
}
