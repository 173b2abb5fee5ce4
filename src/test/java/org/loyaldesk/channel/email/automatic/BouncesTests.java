package org.loyaldesk.channel.email.automatic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaldesk.channel.email.automatic.TestMails.customerMail;
import static org.loyaldesk.channel.email.automatic.TestMails.mail;

import org.junit.jupiter.api.Test;

class BouncesTests {

    @Test
    void aPostfixDeliveryStatusNotificationNamesTheFailedRecipientStatusAndDiagnostic() {
        var bounce = Bounces.recognise(mail("Return-Path: <>",
            "From: MAILER-DAEMON@mx.shop.example (Mail Delivery System)", "To: support@shop.example",
            "Subject: Undelivered Mail Returned to Sender", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"8F1B1C0A2.1700000000/mx.shop.example\"",
            "", "This is a MIME-encapsulated message.", "", "--8F1B1C0A2.1700000000/mx.shop.example",
            "Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii", "",
            "This is the mail system at host mx.shop.example.", "",
            "I'm sorry to have to inform you that your message could not", "be delivered to one or more recipients.", "",
            "<gone@example.org>: host mx.example.org[203.0.113.5] said: 550 5.1.1", "    <gone@example.org>: Recipient address rejected: User unknown",
            "", "--8F1B1C0A2.1700000000/mx.shop.example", "Content-Description: Delivery report",
            "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.shop.example",
            "X-Postfix-Queue-ID: 8F1B1C0A2", "Arrival-Date: Wed, 15 Nov 2023 10:00:00 +0100 (CET)", "",
            "Final-Recipient: rfc822; gone@example.org", "Original-Recipient: rfc822;gone@example.org", "Action: failed",
            "Status: 5.1.1", "Remote-MTA: dns; mx.example.org",
            "Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected:", "    User unknown", "",
            "Final-Recipient: rfc822; slow@example.net", "Action: delayed", "Status: 4.4.1", "",
            "--8F1B1C0A2.1700000000/mx.shop.example", "Content-Description: Undelivered Message Headers",
            "Content-Type: text/rfc822-headers", "", "From: support@shop.example", "To: gone@example.org",
            "Message-ID: <reply-42@desk.shop.example>", "Subject: Re: uw bestelling", "",
            "--8F1B1C0A2.1700000000/mx.shop.example--"));

        assertThat(bounce).hasValueSatisfying(report -> {
            assertThat(report.standard()).isTrue();
            assertThat(report.originalMessageId()).isEqualTo("reply-42@desk.shop.example");
            assertThat(report.recipients()).containsExactly(
                new FailedRecipient("gone@example.org", "failed", "5.1.1",
                    "550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown"),
                new FailedRecipient("slow@example.net", "delayed", "4.4.1", ""));
            assertThat(report.recipients().getFirst().permanent()).isTrue();
            assertThat(report.recipients().get(1).permanent()).isFalse();
        });
    }

    @Test
    void aSuccessNotificationIsNoBounce() {
        assertThat(Bounces.recognise(mail("From: postmaster@example.org", "Subject: Delivery Status Notification (Relay)",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=r", "", "--r", "Content-Type: text/plain", "",
            "Relayed.", "--r", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; example.org", "",
            "Final-Recipient: rfc822; ok@example.org", "Action: relayed", "Status: 2.0.0", "--r--"))).isEmpty();
    }

    @Test
    void aGmailStyleBounceWithoutReportIsRecognisedByItsWords() {
        var bounce = Bounces.recognise(mail("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "To: support@shop.example", "Subject: Delivery Status Notification (Failure)", "", "** Address not found **", "",
            "Your message wasn't delivered to klant@exampel.nl because the domain exampel.nl couldn't be found.", "",
            "The response was:", "", "DNS Error: DNS type 'mx' lookup of exampel.nl responded with code NXDOMAIN", "",
            "Message-ID: <reply-7@desk.shop.example>"));

        assertThat(bounce).hasValueSatisfying(report -> {
            assertThat(report.standard()).isFalse();
            assertThat(report.recipients()).extracting(FailedRecipient::address).containsExactly("klant@exampel.nl");
            assertThat(report.originalMessageId()).isEqualTo("reply-7@desk.shop.example");
        });
    }

    @Test
    void aQmailFailureNoticeNamesTheRecipientOnItsOwnLine() {
        var bounce = Bounces.recognise(mail("From: MAILER-DAEMON@mail.example.com", "Subject: failure notice", "",
            "Hi. This is the qmail-send program at mail.example.com.",
            "I'm afraid I wasn't able to deliver your message to the following addresses.",
            "This is a permanent error; I've given up. Sorry it didn't work out.", "", "<nobody@example.com>:",
            "Sorry, no mailbox here by that name. (#5.1.1)"));

        assertThat(bounce).hasValueSatisfying(report -> {
            assertThat(report.recipients()).singleElement().satisfies(recipient -> {
                assertThat(recipient.address()).isEqualTo("nobody@example.com");
                assertThat(recipient.status()).isEqualTo("5.1.1");
                assertThat(recipient.permanent()).isTrue();
            });
        });
    }

    @Test
    void aDutchExchangeBounceIsRecognised() {
        assertThat(Bounces.recognise(mail("From: postmaster@bedrijf.example", "Subject: Onbestelbaar: Re: uw vraag", "",
            "Uw bericht aan jan@bedrijf.example kan niet worden bezorgd.", "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'")))
            .isPresent();
    }

    @Test
    void aCustomerMentioningDeliveryIsNoBounce() {
        assertThat(Bounces.recognise(customerMail("Mijn pakket is niet bezorgd"))).isEmpty();
        assertThat(Bounces.recognise(mail("From: jan@example.nl", "Subject: Vraag", "", "Your mail could not be delivered?"))).isEmpty();
    }
}
