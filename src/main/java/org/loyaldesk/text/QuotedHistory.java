package org.loyaldesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what a customer wrote now from the history their mail program quoted and from their
 * signature, so that an angry old message below a thankful new line does not make the new one angry.
 * A header such as "On ... wrote:" or "-----Original Message-----" ends the new text for good; lines
 * starting with "&gt;" are quoted wherever they are, so inline answers between them stay new.
 */
public final class QuotedHistory {

    private static final Pattern REPLY_HEADER = Pattern.compile(
        "^\\s*(on|op|am|le)\\s.{1,250}\\s(wrote|schreef|schreef het volgende|geschreven|schrieb|a écrit)(\\s.{0,120})?:\\s*$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(
        "^\\s*(-{2,}\\s*(original message|oorspronkelijk bericht|origineel bericht|forwarded message|doorgestuurd bericht)\\s*-{2,}"
            + "|begin forwarded message:|_{10,})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(from|van|von|de)\\s*:\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FIELD = Pattern.compile(
        "^\\s*\\*?(sent|date|verzonden|datum|to|aan|subject|onderwerp|gesendet|envoyé)\\s*:\\*?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE_START = Pattern.compile(
        "^\\s*(--\\s*|(met )?(vriendelijke|hartelijke|beste|lieve|warme) groet(en)?[,.!]?.*|mvg[,.]?.*|groet(en|jes)?[,.!]?"
            + "|(kind|best|warm|many)? ?regards[,.!]?.*|best wishes[,.]?|sincerely[,.]?.*|yours (sincerely|truly)[,.]?.*"
            + "|cheers[,.!]?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENT_FROM_DEVICE = Pattern.compile(
        "^\\s*(sent from (my )?|verstuurd (vanaf|vanuit|met) (mijn )?|verzonden (vanaf|vanuit|met) (mijn )?"
            + "|get outlook for|outlook voor .* downloaden|download outlook voor).{0,60}$", Pattern.CASE_INSENSITIVE);

    private QuotedHistory() {
    }

    public static MessageParts split(String body) {
        if (body == null || body.isBlank()) {
            return new MessageParts("", "", "");
        }
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int historyStart = historyStart(lines);
        List<String> fresh = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < historyStart; i++) {
            (lines[i].stripLeading().startsWith(">") ? quoted : fresh).add(lines[i]);
        }
        for (int i = historyStart; i < lines.length; i++) {
            quoted.add(lines[i]);
        }
        int signatureStart = signatureStart(fresh);
        return new MessageParts(join(fresh.subList(0, signatureStart)), join(quoted),
            join(fresh.subList(signatureStart, fresh.size())));
    }

    /** The first line of a quoted-history header, or the number of lines when there is none. */
    private static int historyStart(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // Mail programs wrap a long "On <date>, <name> <address> wrote:" over two lines.
            String joined = i + 1 < lines.length ? line + " " + lines[i + 1] : line;
            if (REPLY_HEADER.matcher(line).matches() || SEPARATOR.matcher(line).matches()
                || (!line.isBlank() && REPLY_HEADER.matcher(joined).matches())
                || isHeaderBlock(lines, i)) {
                return i;
            }
        }
        return lines.length;
    }

    /** Outlook's "Van: ... / Verzonden: ..." block: a From line followed closely by another header field. */
    private static boolean isHeaderBlock(String[] lines, int i) {
        if (!HEADER_FROM.matcher(lines[i]).matches()) {
            return false;
        }
        for (int next = i + 1; next < Math.min(lines.length, i + 4); next++) {
            if (HEADER_FIELD.matcher(lines[next]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the signature starts: the earliest closing or "Sent from my phone" line, or the end. */
    private static int signatureStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() <= 60 && (SIGNATURE_START.matcher(line).matches() || SENT_FROM_DEVICE.matcher(line).matches())) {
                return i;
            }
        }
        return lines.size();
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines).strip();
    }
}
