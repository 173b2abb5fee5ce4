package org.loyaldesk.channel.email.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.loyaldesk.RequiredService;
import org.loyaldesk.bench.SpamAssassinCorpus;

/** Every one of the 6,046 real messages of the SpamAssassin corpus is read without an exception. */
class CorpusParsingTests {

    private static final Pattern EXECUTABLE = Pattern.compile("(?i)<script|<iframe|<object|<embed|<form|javascript:|\\son[a-z]+=");

    @Test
    void everyCorpusMessageParsesWithTextOrAReasonAndEveryAttachmentByteIsAccountedFor() throws Exception {
        RequiredService.require("SpamAssassin corpus", SpamAssassinCorpus.present(), SpamAssassinCorpus.howToGetIt());
        MailParser parser = new MailParser();
        AtomicLong bytesStored = new AtomicLong();
        AttachmentSink countingSink = (part, content) -> {
            bytesStored.addAndGet(content.transferTo(OutputStream.nullOutputStream()));
            return "stored-" + part.partPath();
        };
        List<String> withoutTextOrReason = new ArrayList<>();
        List<String> withExecutableHtml = new ArrayList<>();
        long attachmentBytes = 0;
        int messages = 0;
        for (SpamAssassinCorpus.Sample sample : SpamAssassinCorpus.all()) {
            ParsedMail mail;
            try (InputStream raw = Files.newInputStream(sample.file())) {
                mail = parser.parse(raw, countingSink);
            }
            messages++;
            if (mail.text().isBlank() && mail.problems().isEmpty()) {
                withoutTextOrReason.add(sample.file().toString());
            }
            if (EXECUTABLE.matcher(mail.html()).find()) {
                withExecutableHtml.add(sample.file().toString());
            }
            attachmentBytes += allAttachments(mail).stream().filter(Attachment::stored).mapToLong(Attachment::size).sum();
        }
        assertThat(messages).isEqualTo(6_046);
        assertThat(withoutTextOrReason).isEmpty();
        assertThat(withExecutableHtml).isEmpty();
        assertThat(attachmentBytes).isEqualTo(bytesStored.get()).isPositive();
    }

    private static List<Attachment> allAttachments(ParsedMail mail) {
        List<Attachment> all = new ArrayList<>(mail.attachments());
        mail.attachedMessages().forEach(attached -> all.addAll(allAttachments(attached)));
        return all;
    }
}
