package org.loyaldesk.channel.email.automatic;

import java.nio.charset.StandardCharsets;

import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.parse.ParsedMail;

final class TestMails {

    private TestMails() {
    }

    static ParsedMail mail(String... lines) {
        return new MailParser().parse((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static ParsedMail customerMail(String subject) {
        return mail("From: Jan <jan@example.nl>", "To: support@shop.example", "Subject: " + subject, "", "Hallo");
    }
}
