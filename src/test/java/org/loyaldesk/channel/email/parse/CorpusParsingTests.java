package org.loyaldesk.channel.email.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.loyaldesk.RequiredService;
import org.loyaldesk.bench.SpamAssassinCorpus;

/** Every one of the 6,046 real messages of the SpamAssassin corpus is read without an exception. */
class CorpusParsingTests {

    @Test
    void everyCorpusMessageParsesWithTextOrAReasonAndEveryAttachmentByteIsAccountedFor() throws Exception {
        RequiredService.require("SpamAssassin corpus", SpamAssassinCorpus.present(), SpamAssassinCorpus.howToGetIt());
        MailParser parser = new MailParser();
        AtomicLong bytesStored = new AtomicLong();
        AttachmentSink countingSink = (part, content) -> {
            bytesStored.addAndGet(content.transferTo(OutputStreamCounting.NULL));
            return "stored-" + part.partPath();
        };
        List<String> withoutTextOrReason = new ArrayList<>();
        long attachmentBytes = 0;
        int messages = 0;
        for (SpamAssassinCorpus.Sample sample : SpamAssassinCorpus.all()) {
            ParsedMail mail;
            try (InputStream raw = java.nio.file.Files.newInputStream(sample.file())) {
                mail = parser.parse(raw, countingSink);
            }
            messages++;
            if (mail.text().isBlank() && mail.problems().isEmpty()) {
                withoutTextOrReason.add(sample.file().toString());
            }
            attachmentBytes += allAttachments(mail).stream().filter(Attachment::stored).mapToLong(Attachment::size).sum();
        }
        assertThat(messages).isEqualTo(6_046);
        assertThat(withoutTextOrReason).isEmpty();
        assertThat(attachmentBytes).isEqualTo(bytesStored.get()).isPositive();
    }

    private static List<Attachment> allAttachments(ParsedMail mail) {
        List<Attachment> all = new ArrayList<>(mail.attachments());
        mail.attachedMessages().forEach(attached -> all.addAll(allAttachments(attached)));
        return all;
    }

    private static final class OutputStreamCounting {
        static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();
    }
}
