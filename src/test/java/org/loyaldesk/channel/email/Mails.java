package org.loyaldesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Raw test mails, written the way mail programs write them, with only what a test needs to say. */
final class Mails {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body = "Hallo,\r\n\r\nIk heb een vraag over mijn bestelling.\r\n\r\nGroet,\r\nJan";

    static Mails from(String address) {
        Mails mail = new Mails();
        mail.headers.put("Received", "from mx.voorbeeld.nl by mail.loyaldesk.test; Sat, 21 Nov 2026 10:00:00 +0100");
        mail.headers.put("From", "Jan de Boer <" + address + ">");
        mail.headers.put("To", "Klantenservice <support@loyaldesk.test>");
        mail.headers.put("Subject", "Vraag over bestelling");
        mail.headers.put("Date", "Sat, 21 Nov 2026 10:00:00 +0100");
        mail.headers.put("Message-ID", "<" + UUID.randomUUID() + "@voorbeeld.nl>");
        mail.headers.put("MIME-Version", "1.0");
        mail.headers.put("Content-Type", "text/plain; charset=UTF-8");
        return mail;
    }

    Mails header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    Mails subject(String subject) {
        return header("Subject", subject);
    }

    Mails body(String text) {
        this.body = text;
        return this;
    }

    String messageId() {
        return headers.get("Message-ID").replaceAll("[<>]", "");
    }

    byte[] bytes() {
        StringBuilder raw = new StringBuilder();
        headers.forEach((name, value) -> raw.append(name).append(": ").append(value).append("\r\n"));
        return raw.append("\r\n").append(body).append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
