package org.loyaldesk.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.loyaldesk.channel.email.MailTriage.Verdict;
import org.loyaldesk.channel.email.parse.ParseProblem;
import org.loyaldesk.channel.email.parse.ParsedMail;

/** What agents should know about a mail: flags for a badge, and sentences for the details. */
record MailNotes(List<String> flags, String text) {

    static MailNotes of(ParsedMail mail, Verdict verdict) {
        List<String> flags = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (verdict.spam().isSpam()) {
            flags.add("spam");
            lines.add(String.format(Locale.ROOT, "Spam score %.2f: %s", verdict.spam().score(), verdict.spam().topFeatures()));
        }
        verdict.bounce().ifPresent(bounce -> {
            flags.add("bounce");
            bounce.recipients().forEach(recipient -> lines.add("Not delivered to " + recipient.address() + ": "
                + recipient.status() + " " + recipient.diagnostic()));
        });
        verdict.automatic().ifPresent(automatic -> {
            flags.add(automatic.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            lines.add("Sent by a program: " + automatic.reason());
        });
        verdict.loop().ifPresent(loop -> {
            flags.add("loop");
            lines.add("Our own mail coming back: " + loop.detail());
        });
        if (mail.hasProblem(ParseProblem.Kind.UNPARSEABLE)) {
            flags.add("unparseable");
        } else if (!mail.problems().isEmpty()) {
            flags.add("problems");
        }
        mail.problems().forEach(problem -> lines.add(problem.toString()));
        return new MailNotes(flags, String.join("\n", lines));
    }
}
