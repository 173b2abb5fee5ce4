package org.loyaldesk.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.conversation.ReplyAttachments;
import org.loyaldesk.conversation.spi.ChannelDetails;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The customer's conversations: the list, one thread, answering it, attaching files, marking it solved. */
@Controller
class ConversationPages {

    private final MyConversations conversations;
    private final ReplyAttachments attachments;

    ConversationPages(MyConversations conversations, ReplyAttachments attachments) {
        this.conversations = conversations;
        this.attachments = attachments;
    }

    @GetMapping("/portal/conversations")
    String list(@AuthenticationPrincipal PortalCustomer customer, Model model) {
        model.addAttribute("conversations", conversations.list(customer));
        return "portal/conversations";
    }

    @GetMapping("/portal/conversations/{id}")
    String thread(@AuthenticationPrincipal PortalCustomer customer, @PathVariable long id, Model model) {
        Long mergedInto = conversations.mergedInto(customer, id).orElse(null);
        if (mergedInto != null && customer.mayOpen(mergedInto)) {
            return "redirect:/portal/conversations/" + mergedInto;
        }
        model.addAttribute("thread", thread(customer, id));
        return "portal/conversation";
    }

    @PostMapping("/portal/conversations/{id}/reply")
    String reply(@AuthenticationPrincipal PortalCustomer customer, @PathVariable long id,
                 @RequestParam(required = false) String text,
                 @RequestParam(name = "files", required = false) MultipartFile[] files, Model model,
                 HttpServletResponse response) {
        String wrong = CustomerInput.problem(null, text, files);
        if (wrong != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return threadWithError(customer, id, wrong, text, model);
        }
        try {
            long landed = conversations.reply(customer, id, text.strip(), CustomerInput.files(files));
            return "redirect:/portal/conversations/" + landed + "?sent#latest";
        } catch (RuleViolationException signInFirst) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return threadWithError(customer, id, "portal.error.signInFirst", text, model);
        }
    }

    @PostMapping("/portal/conversations/{id}/solve")
    String solve(@AuthenticationPrincipal PortalCustomer customer, @PathVariable long id, Model model,
                 HttpServletResponse response) {
        try {
            conversations.solve(customer, id);
        } catch (RuleViolationException alreadySolved) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return threadWithError(customer, id, "portal.error.alreadySolved", null, model);
        }
        return "redirect:/portal/conversations/" + id + "?solved";
    }

    @GetMapping("/portal/conversations/{id}/mail-files/{key}")
    void mailFile(@AuthenticationPrincipal PortalCustomer customer, @PathVariable long id, @PathVariable String key,
                  HttpServletResponse response) throws IOException {
        ChannelDetails.Attachment file = conversations.mailFile(customer, id, key)
            .orElseThrow(() -> new MyConversations.NotTheirs(id));
        response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.name(), StandardCharsets.UTF_8).build().toString());
        conversations.writeMailFile(id, key, response.getOutputStream());
    }

    @GetMapping("/portal/conversations/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal PortalCustomer customer, @PathVariable long id,
                                @PathVariable long fileId) {
        ReplyAttachments.StoredFile file = conversations.file(customer, id, fileId)
            .orElseThrow(() -> new MyConversations.NotTheirs(id));
        // always a download, never shown inline: a customer's upload must not run as a page of ours
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(attachments.content(file.id()));
    }

    /** The thread again, with what went wrong and what the customer had typed, so nothing they wrote is lost. */
    private String threadWithError(PortalCustomer customer, long id, String errorKey, String text, Model model) {
        model.addAttribute("thread", thread(customer, id));
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("text", text);
        return "portal/conversation";
    }

    private CustomerThread thread(PortalCustomer customer, long id) {
        return conversations.thread(customer, id).orElseThrow(() -> new MyConversations.NotTheirs(id));
    }
}
