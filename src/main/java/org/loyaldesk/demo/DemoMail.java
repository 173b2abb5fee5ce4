package org.loyaldesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.loyaldesk.channel.email.MailIngest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A few fresh emails for the demo inbox, delivered the way real mail arrives (through the mail
 * ingest), so that attachments, folded quotes, formatted mail and the spam view have something to show.
 */
final class DemoMail {

    private DemoMail() {
    }

    static int deliver(MailIngest ingest) {
        try {
            Resource[] mails = new PathMatchingResourcePatternResolver().getResources("classpath:demo/mail/*.eml");
            for (Resource mail : mails) {
                try (InputStream raw = mail.getInputStream()) {
                    ingest.ingest(raw);
                }
            }
            return mails.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
