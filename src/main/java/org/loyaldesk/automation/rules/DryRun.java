package org.loyaldesk.automation.rules;

import java.util.List;

/** A rule tried on recent conversations: how many were looked at, and each that would match with what it would do. */
public record DryRun(int examined, List<Match> matches) {

    public record Match(long conversationId, String subject, List<String> wouldDo) {
    }
}
