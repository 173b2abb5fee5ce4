package org.loyaldesk.notice;

import java.time.Instant;
import java.util.Set;

/**
 * A lead posted a notice: who it concerns (the buyers of {@code skus}, everyone when empty) and
 * from when, so that proactive service can reach those customers.
 */
public record ServiceNoticePosted(long noticeId, Severity severity, Set<String> skus, Instant from, Instant until) {
}
