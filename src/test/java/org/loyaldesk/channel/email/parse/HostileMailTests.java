package org.loyaldesk.channel.email.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaldesk.channel.email.parse.Mails.lines;
import static org.loyaldesk.channel.email.parse.Mails.parse;
import static org.loyaldesk.channel.email.parse.Mails.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Mail written to break parsers: each is read without an exception, flagged, and bounded in what it costs. */
class HostileMailTests {

    @Test
    void aMultipartCutOffMidwayKeepsWhatArrivedAndSaysItWasTruncated() {
        ParsedMail mail = parse(lines("From: a@example.com", "Subject: cut", "Content-Type: multipart/mixed; boundary=XX", "",
            "--XX", "Content-Type: text/plain", "", "The part that arrived.", "--XX",
            "Content-Type: application/pdf; name=a.pdf", "Content-Transfer-Encoding: base64", "", "JVBERi0xLjQKJcfs"));

        assertThat(mail.text()).isEqualTo("The part that arrived.");
        assertThat(mail.hasProblem(ParseProblem.Kind.TRUNCATED)).isTrue();
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> assertThat(pdf.fileName()).isEqualTo("a.pdf"));
    }

    @Test
    void aMultipartWithoutBoundaryParameterIsReadAsText() {
        ParsedMail mail = parse(lines("Subject: no boundary", "Content-Type: multipart/mixed", "", "Hello there."));

        assertThat(mail.text()).contains("Hello there.");
        assertThat(mail.hasProblem(ParseProblem.Kind.MISSING_BOUNDARY)).isTrue();
    }

    @Test
    void aBoundaryThatNeverOccursLeavesTheWholeBodyAsText() {
        ParsedMail mail = parse(lines("Subject: wrong boundary", "Content-Type: multipart/alternative; boundary=\"right\"", "",
            "--wrong", "Content-Type: text/plain", "", "Still readable."));

        assertThat(mail.text()).contains("Still readable.");
        assertThat(mail.hasProblem(ParseProblem.Kind.MISSING_BOUNDARY)).isTrue();
    }

    @Test
    void aTenMegabyteHeaderIsCutAndTheRestOfTheMessageIsStillRead() {
        String folded = "X-Junk: start" + "\r\n\tjunk-junk-junk-junk-junk-junk-junk-junk-junk-junk-junk".repeat(200_000);
        ParsedMail mail = parse("Subject: huge header\r\n" + folded + "\r\nFrom: late@example.com\r\n\r\nBody after the header.\r\n");

        assertThat(folded.length()).isGreaterThan(10_000_000);
        assertThat(mail.subject()).isEqualTo("huge header");
        assertThat(mail.text()).isEqualTo("Body after the header.");
        assertThat(mail.hasProblem(ParseProblem.Kind.HEADER_TOO_LARGE)).isTrue();
        assertThat(mail.headers().valueOf("X-Junk").length()).isLessThanOrEqualTo(ParseLimits.DEFAULTS.maxFieldBytes());
    }

    @Test
    void aTenMegabyteHeaderLineMakesTheMessageUnparseableButSomeTextIsSalvaged() {
        ParsedMail mail = parse("Subject: one endless line\r\nX-Junk: " + "x".repeat(10_000_000) + "\r\n\r\nBody.\r\n");

        assertThat(mail.hasProblem(ParseProblem.Kind.UNPARSEABLE)).isTrue();
        assertThat(mail.subject()).isEqualTo("one endless line");
        assertThat(mail.text()).isNotEmpty().hasSizeLessThanOrEqualTo(300_000);
    }

    @Test
    void aThousandNestedMultipartsAreCutAtTheDepthLimitWithoutExhaustingTheStack() {
        StringBuilder raw = new StringBuilder(text("Subject: deep", "Content-Type: multipart/mixed; boundary=b0", "", "--b0",
            "Content-Type: text/plain", "", "Text at the top.", "--b0"));
        for (int depth = 1; depth <= 1_000; depth++) {
            raw.append(text("Content-Type: multipart/mixed; boundary=b" + depth, "", "--b" + depth));
        }
        raw.append(text("Content-Type: text/plain", "", "Text at the bottom."));
        for (int depth = 1_000; depth >= 0; depth--) {
            raw.append(text("--b" + depth + "--"));
        }

        ParsedMail mail = parse(raw.toString());

        assertThat(mail.text()).contains("Text at the top.").doesNotContain("Text at the bottom.");
        assertThat(mail.hasProblem(ParseProblem.Kind.NESTING_TOO_DEEP)).isTrue();
    }

    @Test
    void partsBeyondTheLimitAreSkipped() {
        StringBuilder raw = new StringBuilder(text("Subject: many", "Content-Type: multipart/mixed; boundary=b", ""));
        for (int part = 0; part < 1_500; part++) {
            raw.append(text("--b", "Content-Type: application/octet-stream; name=p" + part + ".bin", "", "data"));
        }
        raw.append(text("--b--"));

        ParsedMail mail = parse(raw.toString());

        assertThat(mail.attachments()).hasSizeLessThanOrEqualTo(ParseLimits.DEFAULTS.maxParts());
        assertThat(mail.hasProblem(ParseProblem.Kind.TOO_MANY_PARTS)).isTrue();
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8OrWindows1252AndFlagged() {
        ParsedMail utf8 = parse(concat(text("Content-Type: text/plain; charset=x-klingon", ""), "café".getBytes(UTF_8)));
        ParsedMail latin = parse(concat(text("Content-Type: text/plain; charset=\"unknown-8bit\"", ""),
            new byte[] { 'c', 'a', 'f', (byte) 0xE9 }));

        assertThat(utf8.text()).isEqualTo("café");
        assertThat(latin.text()).isEqualTo("café");
        assertThat(utf8.hasProblem(ParseProblem.Kind.UNKNOWN_CHARSET)).isTrue();
    }

    @Test
    void utf16TextIsNotMistakenForAscii() {
        ParsedMail mail = parse(concat(text("Content-Type: text/plain; charset=UTF-16LE", ""),
            "Hello".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));

        assertThat(mail.text()).isEqualTo("Hello");
    }

    @Test
    void windows1252LabelledIso88591KeepsItsEuroSignsAndCurlyQuotes() {
        ParsedMail mail = parse(concat(text("Content-Type: text/plain; charset=iso-8859-1", ""),
            new byte[] { (byte) 0x93, 'H', 'i', (byte) 0x94, ' ', (byte) 0x80, '5' }));

        assertThat(mail.text()).isEqualTo("\u201CHi\u201D \u20AC5");
        assertThat(mail.problems()).isEmpty();
    }

    @Test
    void eightBitBytesInHeadersAreDecodedSensibly() {
        byte[] latin1Subject = Mails.bytes(text("From: =?iso-8859-1?Q?Ren=E9?= <rene@example.fr>", "Subject: café"));
        byte[] utf8To = text("To: Zoë <zoe@example.nl>", "", "body").getBytes(UTF_8);

        ParsedMail mail = parse(concat(latin1Subject, utf8To));

        assertThat(mail.subject()).isEqualTo("café");
        assertThat(mail.from().name()).isEqualTo("René");
        assertThat(mail.to()).containsExactly(new MailAddress("zoe@example.nl", "Zoë"));
    }

    @Test
    void scriptsEventHandlersAndDangerousUrlsAreRemovedFromHtml() {
        ParsedMail mail = parse(lines("Content-Type: text/html; charset=utf-8", "",
            "<html><head><style>body{display:none}</style><script>alert(1)</script></head><body>",
            "<p onclick=\"steal()\">Hello <b>agent</b></p>",
            "<a href=\"javascript:alert(2)\">click</a> <a href=\" JaVaScRiPt:alert(3)\">again</a>",
            "<a href=\"https://shop.example.nl/order/1\">order</a>",
            "<img src=\"x\" onerror=\"alert(4)\"><img src=\"cid:logo@shop\"><img src=\"data:text/html;base64,PHNjcmlwdD4=\">",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
            "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input name=p></form>",
            "<object data=\"x.swf\"></object><svg onload=\"alert(5)\"></svg><math><mi xlink:href=\"javascript:alert(6)\"></mi></math>",
            "<div style=\"position:fixed;top:0;color:red;background:url(javascript:alert(7))\">styled</div>",
            "</body></html>"));

        String html = mail.html().toLowerCase();
        assertThat(html).doesNotContain("<script", "alert", "onclick", "onerror", "onload", "javascript:", "<iframe",
            "<form", "<input", "<object", "<style", "<svg", "position", "url(", "data:text");
        assertThat(html).contains("<b>agent</b>", "href=\"https://shop.example.nl/order/1\"", "src=\"cid:logo@shop\"",
            "data:image/png", "rel=\"noopener noreferrer nofollow\"", "color: red");
        assertThat(mail.text()).contains("Hello agent").doesNotContain("alert");
    }

    @Test
    void deeplyNestedHtmlIsSanitisedWithoutExhaustingTheStack() {
        String html = "<div>".repeat(100_000) + "<script>alert(1)</script>deep text" + "</div>".repeat(100_000);

        ParsedMail mail = parse(text("Content-Type: text/html", "", html));

        assertThat(mail.html()).doesNotContain("<script", "alert");
        assertThat(mail.text()).contains("deep text");
    }

    @Test
    void damagedCopiesOfARealMessageAllParse() {
        byte[] original = lines("From: \"Jan\" <jan@example.nl>", "Subject: =?utf-8?B?w6lsw6lwaGFudA==?=",
            "Content-Type: multipart/alternative; boundary=\"a\"", "", "--a", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable", "", "caf=C3=A9 =E2=82=AC5", "--a", "Content-Type: text/html", "",
            "<p onclick=x()>caf&eacute;</p>", "--a--");
        Random random = new Random(7);
        for (int copy = 0; copy < 2_000; copy++) {
            byte[] damaged = java.util.Arrays.copyOf(original, random.nextInt(original.length + 1));
            for (int flip = 0; flip < 3 && damaged.length > 0; flip++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }

            ParsedMail mail = parse(damaged);

            assertThat(mail.text()).isNotNull();
            assertThat(mail.html()).doesNotContain("onclick");
        }
    }

    @Test
    void aTwentyMegabyteAttachmentIsStreamedToTheSinkNotHeldInMemory() throws IOException {
        long size = 20L * 1024 * 1024;
        AtomicLong received = new AtomicLong();
        AtomicLong heapGrowthHalfway = new AtomicLong(-1);
        long heapBefore = usedHeapAfterGc();
        AttachmentSink countingSink = (part, content) -> {
            byte[] buffer = new byte[8192];
            for (int read; (read = content.read(buffer)) != -1; ) {
                if (received.addAndGet(read) >= size / 2 && heapGrowthHalfway.get() < 0) {
                    heapGrowthHalfway.set(usedHeapAfterGc() - heapBefore);
                }
            }
            return "blob-1";
        };

        ParsedMail mail;
        try (InputStream raw = Mails.withGeneratedAttachment(size)) {
            mail = new MailParser().parse(raw, countingSink);
        }

        assertThat(received.get()).isEqualTo(size);
        assertThat(mail.attachments()).singleElement().satisfies(big -> {
            assertThat(big.size()).isEqualTo(size);
            assertThat(big.storageKey()).isEqualTo("blob-1");
            assertThat(big.fileName()).isEqualTo("big.bin");
        });
        assertThat(heapGrowthHalfway.get()).as("heap growth with 10 MB of the attachment read").isLessThan(4L * 1024 * 1024);
        assertThat(mail.problems()).isEmpty();
    }

    @Test
    void anAttachmentOverTheLimitIsNotStoredButNoted() throws IOException {
        MailParser parser = new MailParser(ParseLimits.DEFAULTS.withMaxPartBytes(1024 * 1024));
        ParsedMail mail;
        try (InputStream raw = Mails.withGeneratedAttachment(3L * 1024 * 1024)) {
            mail = parser.parse(raw, (part, content) -> {
                content.transferTo(OutputStream.nullOutputStream());
                return "should-not-be-kept";
            });
        }

        assertThat(mail.attachments()).singleElement().satisfies(big -> {
            assertThat(big.stored()).isFalse();
            assertThat(big.size()).isEqualTo(3L * 1024 * 1024);
        });
        assertThat(mail.hasProblem(ParseProblem.Kind.PART_TOO_LARGE)).isTrue();
        assertThat(mail.text()).isEqualTo("See the attachment.");
    }

    @Test
    void aFailingSinkLosesTheAttachmentButNotTheMessage() throws IOException {
        ParsedMail mail;
        try (InputStream raw = Mails.withGeneratedAttachment(10_000)) {
            mail = new MailParser().parse(raw, (part, content) -> {
                throw new IOException("disk full");
            });
        }

        assertThat(mail.text()).isEqualTo("See the attachment.");
        assertThat(mail.attachments()).singleElement().satisfies(lost -> assertThat(lost.stored()).isFalse());
        assertThat(mail.problems()).extracting(ParseProblem::kind).containsExactly(ParseProblem.Kind.ATTACHMENT_NOT_STORED);
    }

    @Test
    void randomBytesEmptyInputAndAFailingStreamAllGiveAResult() {
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);

        assertThat(parse(noise).text()).isNotNull();
        assertThat(parse(new byte[0]).hasProblem(ParseProblem.Kind.NO_TEXT)).isTrue();
        ParsedMail broken = new MailParser().parse(new InputStream() {
            int served;

            @Override
            public int read() throws IOException {
                if (served++ < 40) {
                    return "Subject: x\r\n\r\nSome text that stops".charAt(Math.min(served - 1, 33));
                }
                throw new IOException("connection reset");
            }
        }, AttachmentSink.DISCARD);
        assertThat(broken.hasProblem(ParseProblem.Kind.UNPARSEABLE)).isTrue();
        assertThat(broken.text()).startsWith("Some text");
    }

    @Test
    void brokenBase64IsDecodedAsFarAsPossibleAndFlagged() {
        ParsedMail mail = parse(lines("Content-Type: text/plain", "Content-Transfer-Encoding: base64", "",
            "SGVsbG8gd29ybGQ!!!", "=="));

        assertThat(mail.text()).startsWith("Hello world");
        assertThat(mail.hasProblem(ParseProblem.Kind.BAD_TRANSFER_ENCODING)).isTrue();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static byte[] concat(String head, byte[] tail) {
        return concat(Mails.bytes(head), tail);
    }

    static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
