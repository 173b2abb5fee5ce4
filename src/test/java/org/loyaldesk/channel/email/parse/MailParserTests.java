package org.loyaldesk.channel.email.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaldesk.channel.email.parse.Mails.lines;
import static org.loyaldesk.channel.email.parse.Mails.parse;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a well-formed (or ordinarily sloppy) message turns into. */
class MailParserTests {

    @Test
    void threadingHeadersAddressesAndDateAreRead() {
        ParsedMail mail = parse(lines("Message-ID: <m3@mail.example.nl>", "In-Reply-To: <m2@desk.loyaldesk.example>",
            "References: <m1@mail.example.nl>\r\n <m2@desk.loyaldesk.example>",
            "From: \"Boer, Jan\" <Jan@Example.nl>", "To: support@shop.example, Piet <piet@shop.example>",
            "Cc: undisclosed-recipients:;", "Reply-To: jan.private@example.nl (Jan)",
            "Date: Tue, 2 Jul 2002 12:56:51 +0100 (IST)", "Subject: Re: order 1042", "", "Thanks!"));

        assertThat(mail.messageId()).isEqualTo("m3@mail.example.nl");
        assertThat(mail.inReplyTo()).isEqualTo("m2@desk.loyaldesk.example");
        assertThat(mail.references()).containsExactly("m1@mail.example.nl", "m2@desk.loyaldesk.example");
        assertThat(mail.from()).isEqualTo(new MailAddress("Jan@Example.nl", "Boer, Jan"));
        assertThat(mail.from().normalized()).isEqualTo("jan@example.nl");
        assertThat(mail.to()).containsExactly(new MailAddress("support@shop.example", ""), new MailAddress("piet@shop.example", "Piet"));
        assertThat(mail.cc()).isEmpty();
        assertThat(mail.replyAddress()).contains(new MailAddress("jan.private@example.nl", "Jan"));
        assertThat(mail.sentAt()).isEqualTo(Instant.parse("2002-07-02T11:56:51Z"));
        assertThat(mail.text()).isEqualTo("Thanks!");
        assertThat(mail.html()).isEmpty();
    }

    @Test
    void encodedWordsInTheSubjectAreDecodedAndJoined() {
        ParsedMail mail = parse(lines("Subject: =?UTF-8?B?QmVzdGVsbGluZyA=?=\r\n =?UTF-8?Q?kwijt_=E2=82=AC?= en =?ISO-8859-1?Q?caf=E9?=",
            "", "x"));

        assertThat(mail.subject()).isEqualTo("Bestelling kwijt € en café");
    }

    @Test
    void alternativeShowsPlainTextAndSanitisedHtml() {
        ParsedMail mail = parse(lines("Content-Type: multipart/alternative; boundary=\"alt\"", "", "--alt",
            "Content-Type: text/plain; charset=utf-8", "", "Plain version", "--alt", "Content-Type: text/html; charset=utf-8",
            "", "<p>HTML <i>version</i></p>", "--alt--"));

        assertThat(mail.text()).isEqualTo("Plain version");
        assertThat(mail.html()).isEqualTo("<p>HTML <i>version</i></p>");
    }

    @Test
    void htmlOnlyMailGetsItsTextFromTheHtml() {
        ParsedMail mail = parse(lines("Content-Type: text/html; charset=\"windows-1252\"", "Content-Transfer-Encoding: quoted-printable", "",
            "<html><body><h1>Hallo</h1><p>Mijn bestelling is =80 50 en<br>nog niet binnen.</p><ul><li>koffie</li><li>thee</li></ul></body></html>"));

        assertThat(mail.text()).isEqualTo("Hallo\nMijn bestelling is € 50 en\nnog niet binnen.\n• koffie\n• thee");
    }

    @Test
    void attachmentsKeepTheirDecodedNamesAndInlineImagesTheirContentId() {
        Map<String, byte[]> stored = new LinkedHashMap<>();
        AttachmentSink memorySink = (part, content) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            content.transferTo(bytes);
            stored.put(part.fileName(), bytes.toByteArray());
            return "key-" + stored.size();
        };
        byte[] raw = lines("Content-Type: multipart/mixed; boundary=m", "", "--m",
            "Content-Type: multipart/related; boundary=r", "", "--r", "Content-Type: text/html", "",
            "<p>Logo: <img src=\"cid:logo@x\"></p>", "--r", "Content-Type: image/png", "Content-ID: <logo@x>",
            "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo=", "--r--", "--m",
            "Content-Type: application/pdf", "Content-Disposition: attachment; filename*=utf-8''factuur%20%E2%82%AC.pdf", "",
            "%PDF-1.4", "--m", "Content-Type: text/plain; name=\"=?utf-8?Q?notities_=C3=A9t=C3=A9.txt?=\"", "", "notes",
            "--m", "Content-Type: application/octet-stream",
            "Content-Disposition: attachment; filename*0*=iso-8859-1''r%E9sum; filename*1=\"e.doc\"", "", "doc", "--m--");

        ParsedMail mail = new MailParser().parse(raw, memorySink);

        assertThat(mail.attachments()).extracting(Attachment::fileName)
            .containsExactly("", "factuur €.pdf", "notities été.txt", "résume.doc");
        Attachment logo = mail.attachments().getFirst();
        assertThat(logo.contentId()).isEqualTo("logo@x");
        assertThat(logo.inline()).isTrue();
        assertThat(logo.partPath()).isEqualTo("1.2");
        assertThat(logo.size()).isEqualTo(8);
        assertThat(mail.attachments().get(1).storageKey()).isEqualTo("key-2");
        assertThat(stored.get("factuur €.pdf")).asString().isEqualTo("%PDF-1.4");
        assertThat(mail.html()).contains("src=\"cid:logo@x\"");
        assertThat(mail.text()).isEqualTo("Logo:");
    }

    @Test
    void theTextOfAnAttachedMessageIsReachable() {
        ParsedMail mail = parse(lines("Subject: Fwd: complaint", "Content-Type: multipart/mixed; boundary=f", "", "--f",
            "Content-Type: text/plain", "", "See below.", "--f", "Content-Type: message/rfc822", "",
            "From: Klant <klant@example.nl>", "Subject: Kapotte molen", "Content-Type: text/plain; charset=utf-8", "",
            "De koffiemolen is kapot.", "--f--"));

        assertThat(mail.text()).isEqualTo("See below.");
        assertThat(mail.attachedMessages()).singleElement().satisfies(attached -> {
            assertThat(attached.subject()).isEqualTo("Kapotte molen");
            assertThat(attached.from().address()).isEqualTo("klant@example.nl");
            assertThat(attached.text()).isEqualTo("De koffiemolen is kapot.");
        });
    }

    @Test
    void textPartsOfAMixedMessageAreAllKept() {
        ParsedMail mail = parse(lines("Content-Type: multipart/mixed; boundary=m", "", "--m", "Content-Type: text/plain", "",
            "First part.", "--m", "Content-Type: image/gif; name=a.gif", "", "GIF89a", "--m", "Content-Type: text/plain", "",
            "Second part.", "--m--"));

        assertThat(mail.text()).isEqualTo("First part.\n\nSecond part.");
    }

    @Test
    void deliveryReportsKeepTheirMachineReadablePart() {
        ParsedMail mail = parse(lines("Content-Type: multipart/report; report-type=delivery-status; boundary=r", "", "--r",
            "Content-Type: text/plain", "", "Delivery failed.", "--r", "Content-Type: message/delivery-status", "",
            "Reporting-MTA: dns; mx.example.com", "", "Final-Recipient: rfc822; gone@example.org", "Action: failed",
            "Status: 5.1.1", "--r--"));

        assertThat(mail.reportPart("message/delivery-status")).hasValueSatisfying(
            part -> assertThat(part.content()).contains("Final-Recipient: rfc822; gone@example.org"));
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void anMboxEnvelopeLineBeforeTheHeaderIsNoProblem() {
        ParsedMail mail = parse(lines("From sender@example.com  Thu Aug 22 13:17:22 2002", "Subject: piped", "", "text"));

        assertThat(mail.subject()).isEqualTo("piped");
        assertThat(mail.problems()).isEmpty();
    }
}
