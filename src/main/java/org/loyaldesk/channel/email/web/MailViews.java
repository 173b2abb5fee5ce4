package org.loyaldesk.channel.email.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.channel.email.MailFiles;
import org.loyaldesk.channel.email.RemoteImages;
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
 * tracking pixel ever learns that the mail was read, unless an agent asks to see them, and then only
 * Loyaldesk's server fetches them.
 */
@Controller
class MailViews {

    private static final String HTML_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
        + "font-src 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    private final MailFiles files;
    private final MessageSource messages;
    private final RemoteImages remoteImages;

    MailViews(MailFiles files, MessageSource messages, RemoteImages remoteImages) {
        this.files = files;
        this.messages = messages;
        this.remoteImages = remoteImages;
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

    /**
     * The formatted mail. Images from elsewhere stay off unless the agent asks to see them ({@code images=shown});
     * then they load through {@link #image}, never straight from the sender's server.
     */
    @GetMapping("/mail/{mailId}/html")
    void html(@PathVariable long mailId, @RequestParam(required = false) String images, HttpServletResponse response,
              Locale locale) throws IOException {
        String sanitized = files.html(mailId).orElseThrow(() -> new NotFoundException("Formatted mail", mailId));
        String body;
        String notice = "";
        if ("shown".equals(images)) {
            body = MailHtml.withRemoteImagesProxied(sanitized, number -> "/mail/" + mailId + "/images/" + number);
        } else {
            MailHtml.RemoteImagesBlocked shown = MailHtml.withoutRemoteImages(sanitized);
            body = shown.html();
            if (shown.blocked() > 0) {
                notice = "<p style=\"background:#fff4d6;padding:6px 10px;font:13px sans-serif\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("mail.remoteImagesBlocked", new Object[] { shown.blocked() },
                        locale))
                    + " <a href=\"/mail/" + mailId + "/html?images=shown\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("mail.showImages", null, locale)) + "</a></p>";
            }
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", HTML_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + notice + body
            + "</body></html>");
    }

    /** The mail's {@code number}th image from elsewhere, fetched by Loyaldesk; 404 when it cannot be had. */
    @GetMapping("/mail/{mailId}/images/{number}")
    void image(@PathVariable long mailId, @PathVariable int number, HttpServletResponse response) throws IOException {
        String sanitized = files.html(mailId).orElseThrow(() -> new NotFoundException("Formatted mail", mailId));
        RemoteImages.Image image = MailHtml.remoteImage(sanitized, number).flatMap(remoteImages::fetch)
            .orElseThrow(() -> new NotFoundException("Image", mailId + "/" + number));
        response.setContentType(image.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // opened on its own it is still only a picture
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLength(image.content().length);
        response.getOutputStream().write(image.content());
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
