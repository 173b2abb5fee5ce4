package org.loyaldesk.channel.email;

import java.util.Optional;

import org.loyaldesk.channel.email.automatic.AutoReplies;
import org.loyaldesk.channel.email.automatic.AutomaticMail;
import org.loyaldesk.channel.email.automatic.Bounce;
import org.loyaldesk.channel.email.automatic.Bounces;
import org.loyaldesk.channel.email.automatic.MailLoops;
import org.loyaldesk.channel.email.parse.ParsedMail;
import org.loyaldesk.channel.email.spam.SpamFilter;
import org.loyaldesk.channel.email.spam.SpamScore;

/**
 * The filter chain after parsing, in the order a helpdesk needs it: bounce, automatic mail, loop,
 * spam. Every check runs, so the verdict can be shown whole; none of them drops a message, they
 * only decide what happens to it. Pure: the drivers (IMAP, MTA pipe) store the raw message first,
 * parse it, triage it, then file it.
 */
public final class MailTriage {

    private final MailLoops loops;
    private final SpamFilter spam;

    public MailTriage(MailLoops loops, SpamFilter spam) {
        this.loops = loops;
        this.spam = spam;
    }

    public Verdict triage(ParsedMail mail) {
        return new Verdict(Bounces.recognise(mail).orElse(null), AutoReplies.recognise(mail).orElse(null),
            loops.recognise(mail).orElse(null), spam.score(mail));
    }

    /** What the chain found; absent parts are null inside and Optional outside. */
    public record Verdict(Bounce bounceOrNull, AutomaticMail automaticOrNull, MailLoops.Loop loopOrNull, SpamScore spam) {

        public Optional<Bounce> bounce() {
            return Optional.ofNullable(bounceOrNull);
        }

        public Optional<AutomaticMail> automatic() {
            return Optional.ofNullable(automaticOrNull);
        }

        public Optional<MailLoops.Loop> loop() {
            return Optional.ofNullable(loopOrNull);
        }

        /**
         * Whether Loyaldesk may answer this message by itself (an acknowledgement, a survey): only
         * mail a person wrote to us, that is not spam. The per-address budget still applies on top.
         */
        public boolean mayAnswerAutomatically() {
            return bounceOrNull == null && automaticOrNull == null && loopOrNull == null && !spam.isSpam();
        }

        /** Whether it belongs in the agents' inbox rather than the spam view or a delivery-failure note. */
        public boolean forTheInbox() {
            return bounceOrNull == null && loopOrNull == null && !spam.isSpam();
        }
    }
}
