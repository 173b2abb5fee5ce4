package org.loyaldesk.channel.email.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.channel.email.MailFiles;
import org.loyaldesk.channel.email.parse.MailHtml;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What an agent opens from the timeline: the original message, its formatted version and its
 * attachments. Customer HTML is hostile input: it is sanitised when stored, and served here in a
 * sandbox that forbids scripts, forms and loading anything from elsewhere, in case sanitising missed a trick.
 * Images from elsewhere are disabled before it is served, not only refused by the browser: no
 * tracking pixel ever learns that the mail was read.
 */
@Controller
class MailViews {

    private static final String HTML_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
        + "font-src 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    private final MailFiles files;
    private final MessageSource messages;

    MailViews(MailFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/mail/{mailId}/original")
    void original(@PathVariable long mailId, @RequestParam(defaultValue = "false") boolean download,
                  HttpServletResponse response) throws IOException {
        // shown as text: an agent reads the headers; a browser must never render it as a page
        response.setContentType(download ? "message/rfc822" : "text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"mail-" + mailId + ".eml\"");
        if (!files.writeRaw(mailId, response.getOutputStream())) {
            throw new NotFoundException("Mail", mailId);
        }
    }

    @GetMapping("/mail/{mailId}/html")
    void html(@PathVariable long mailId, HttpServletResponse response, Locale locale) throws IOException {
        MailHtml.RemoteImagesBlocked shown = MailHtml.withoutRemoteImages(
            files.html(mailId).orElseThrow(() -> new NotFoundException("Formatted mail", mailId)));
        String notice = shown.blocked() == 0 ? "" : "<p style=\"background:#fff4d6;padding:6px 10px;font:13px sans-serif\">"
            + HtmlUtils.htmlEscape(messages.getMessage("mail.remoteImagesBlocked", new Object[] { shown.blocked() }, locale))
            + "</p>";
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", HTML_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + notice
            + shown.html() + "</body></html>");
    }

    @GetMapping("/mail/{mailId}/attachments/{partPath}")
    void attachment(@PathVariable long mailId, @PathVariable String partPath, HttpServletResponse response)
        throws IOException {
        MailFiles.Part part = files.attachment(mailId, partPath)
            .orElseThrow(() -> new NotFoundException("Attachment", mailId + "/" + partPath));
        // always a download: an attachment named .html must not run on our origin
        response.setContentType("application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
            + URLEncoder.encode(part.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        files.writePart(mailId, partPath, response.getOutputStream());
    }
}
