package org.loyaldesk.channel.email.automatic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaldesk.channel.email.automatic.TestMails.customerMail;
import static org.loyaldesk.channel.email.automatic.TestMails.mail;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MailLoopsTests {

    final MailLoops loops = new MailLoops("desk-1", Set.of("desk.shop.example"), Set.of("Support@Shop.example"));

    @Test
    void ourOwnMailComingBackIsALoop() {
        assertThat(loops.recognise(mail("From: jan@example.nl", "X-Loyaldesk-Loop: desk-1", "Subject: Re: x", "", "x")))
            .hasValueSatisfying(loop -> assertThat(loop.reason()).isEqualTo(MailLoops.Loop.Reason.OWN_MAIL));
        assertThat(loops.recognise(mail("From: jan@example.nl", "Message-ID: <abc@DESK.shop.example>", "Subject: x", "", "x")))
            .hasValueSatisfying(loop -> assertThat(loop.reason()).isEqualTo(MailLoops.Loop.Reason.OWN_MAIL));
    }

    @Test
    void mailFromAnotherLoyaldeskIsNeverAnsweredEither() {
        assertThat(loops.recognise(mail("From: help@other.example", "X-Loyaldesk-Loop: desk-9", "Subject: x", "", "x")))
            .hasValueSatisfying(loop -> assertThat(loop.reason()).isEqualTo(MailLoops.Loop.Reason.OTHER_LOYALDESK));
    }

    @Test
    void mailFromOurOwnMailboxIsALoop() {
        assertThat(loops.recognise(mail("From: support@shop.example", "Subject: x", "", "x")))
            .hasValueSatisfying(loop -> assertThat(loop.reason()).isEqualTo(MailLoops.Loop.Reason.OWN_ADDRESS));
    }

    @Test
    void aCustomerReplyingToOurMailIsNoLoop() {
        assertThat(loops.recognise(mail("From: jan@example.nl", "Message-ID: <x@example.nl>",
            "In-Reply-To: <abc@desk.shop.example>", "Subject: Re: x", "", "x"))).isEmpty();
        assertThat(loops.recognise(customerMail("Vraag"))).isEmpty();
    }
}
