package org.loyaldesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.loyaldesk.channel.email.automatic.AutomaticMail;
import org.loyaldesk.channel.email.automatic.MailLoops;
import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.parse.ParsedMail;
import org.loyaldesk.channel.email.spam.SpamFilter;

class MailTriageTests {

    final MailTriage triage = new MailTriage(new MailLoops("desk-1", Set.of("desk.shop.example"), Set.of("support@shop.example")),
        SpamFilter.standard());

    @Test
    void aCustomerQuestionGoesToTheInboxAndMayBeAcknowledged() {
        MailTriage.Verdict verdict = triage.triage(mail("From: Jan <jan@example.nl>", "To: support@shop.example",
            "Subject: Where is my order?", "", "Hi, my order from last week has not arrived yet. Can you check it?", "Jan"));

        assertThat(verdict.forTheInbox()).isTrue();
        assertThat(verdict.mayAnswerAutomatically()).isTrue();
    }

    @Test
    void anOutOfOfficeGoesToTheInboxButIsNeverAnswered() {
        MailTriage.Verdict verdict = triage.triage(mail("From: Jan <jan@example.nl>", "Auto-Submitted: auto-replied",
            "Subject: Automatisch antwoord: Re: uw bestelling", "", "Ik ben tot maandag afwezig."));

        assertThat(verdict.automatic()).hasValueSatisfying(automatic ->
            assertThat(automatic.kind()).isEqualTo(AutomaticMail.Kind.OUT_OF_OFFICE));
        assertThat(verdict.forTheInbox()).isTrue();
        assertThat(verdict.mayAnswerAutomatically()).isFalse();
    }

    @Test
    void ourOwnMailComingBackIsNeitherFiledNorAnswered() {
        MailTriage.Verdict verdict = triage.triage(mail("From: support@shop.example", "X-Loyaldesk-Loop: desk-1",
            "Subject: Re: uw bestelling", "", "x"));

        assertThat(verdict.loop()).isPresent();
        assertThat(verdict.forTheInbox()).isFalse();
        assertThat(verdict.mayAnswerAutomatically()).isFalse();
    }

    private static ParsedMail mail(String... lines) {
        return new MailParser().parse((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
