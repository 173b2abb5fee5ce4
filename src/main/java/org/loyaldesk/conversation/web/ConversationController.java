package org.loyaldesk.conversation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationMerger;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSplitter;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.conversation.ReplyAttachments;
import org.loyaldesk.conversation.ReplyLength;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.conversation.spi.ChannelDetails;
import org.loyaldesk.conversation.spi.ConversationPanels;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conversation page: timeline, composer, the work panel (status, priority, assignment,
 * reason, tags) and the customer 360. Every action posts and comes back to the page; what went
 * wrong is said on the page, and a draft reply is never lost.
 */
@Controller
class ConversationController {

    private final ConversationQueries queries;
    private final ConversationWork work;
    private final CustomerDirectory customers;
    private final AgentDirectory directory;
    private final ContactReasons reasons;
    private final Workspace workspace;
    private final Presence presence;
    private final LiveUpdates live;
    private final MessageSource messages;
    private final List<ChannelDetails> channelDetails;
    private final ReplyAttachments attachments;
    private final List<ConversationPanels> panels;
    private final ConversationMerger merger;
    private final ConversationSplitter splitter;

    ConversationController(ConversationQueries queries, ConversationWork work, CustomerDirectory customers,
                           AgentDirectory directory, ContactReasons reasons, Workspace workspace, Presence presence,
                           LiveUpdates live, MessageSource messages, List<ChannelDetails> channelDetails,
                           ReplyAttachments attachments, List<ConversationPanels> panels, ConversationMerger merger,
                           ConversationSplitter splitter) {
        this.queries = queries;
        this.work = work;
        this.customers = customers;
        this.directory = directory;
        this.reasons = reasons;
        this.workspace = workspace;
        this.presence = presence;
        this.live = live;
        this.messages = messages;
        this.channelDetails = channelDetails;
        this.attachments = attachments;
        this.panels = panels;
        this.merger = merger;
        this.splitter = splitter;
    }

    @GetMapping("/conversations/{id}")
    String page(@PathVariable long id, Model model) {
        ConversationDetail detail = detail(id);
        Workspace.Me me = workspace.me();
        model.addAttribute("c", detail.summary());
        model.addAttribute("detail", detail);
        CustomerProfile customer = customers.profile(detail.summary().customerId()).orElseThrow();
        model.addAttribute("customer", customer);
        model.addAttribute("contactWarnings", customers.warnings(customer));
        List<ConversationSummary> history = queries.ofCustomer(detail.summary().customerId(), 20).stream()
            .filter(other -> other.id() != id).toList();
        model.addAttribute("history", history);
        model.addAttribute("mergeable", detail.summary().status() == ConversationStatus.CLOSED ? List.of()
            : history.stream().filter(other -> other.status() != ConversationStatus.CLOSED).toList());
        model.addAttribute("agents", directory.agents());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("reasons", reasons.codes());
        model.addAttribute("statuses", Arrays.stream(ConversationStatus.values())
            .filter(status -> status != ConversationStatus.NEW || detail.summary().status() == ConversationStatus.NEW)
            .toList());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("others", presence.others(id, me.id()));
        model.addAttribute("me", me);
        model.addAttribute("participants", channelDetails.stream()
            .flatMap(details -> details.participants(id).stream()).toList());
        model.addAttribute("panels", panels.stream().flatMap(panel -> panel.panel(id).stream()).toList());
        addMessageDetails(id, model);
        return "conversation";
    }

    @GetMapping("/conversations/{id}/timeline")
    String timeline(@PathVariable long id, Model model) {
        model.addAttribute("detail", detail(id));
        model.addAttribute("c", ((ConversationDetail) model.getAttribute("detail")).summary());
        addMessageDetails(id, model);
        return "conversation :: timeline";
    }

    private void addMessageDetails(long id, Model model) {
        Map<Long, ChannelDetails.MessageDetail> details = new HashMap<>();
        channelDetails.forEach(channel -> details.putAll(channel.messages(id)));
        model.addAttribute("details", details);
        ConversationDetail detail = (ConversationDetail) model.getAttribute("detail");
        model.addAttribute("parts", FoldedText.of(detail.timeline()));
        model.addAttribute("replyLimit", ReplyLength.MAX_CHARACTERS);
        model.addAttribute("replyFiles", attachments.ofMessages(detail.timeline().stream()
            .filter(TimelineEntry::isPublic).map(TimelineEntry::id).toList()));
    }

    @GetMapping("/conversations/{id}/presence")
    String presence(@PathVariable long id, Model model) {
        model.addAttribute("others", presence.others(id, workspace.me().id()));
        return "conversation :: presence";
    }

    @PostMapping("/conversations/{id}/presence")
    @ResponseBody
    String report(@PathVariable long id, @RequestParam(defaultValue = "false") boolean typing,
                  @RequestParam(defaultValue = "false") boolean leaving) {
        Workspace.Me me = workspace.me();
        if (leaving) {
            presence.leave(id, me.id());
        } else {
            presence.report(id, me.id(), me.name(), typing);
        }
        return "";
    }

    @GetMapping(path = "/live/conversations/{id}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter liveConversation(@PathVariable long id) {
        return live.subscribe(LiveUpdates.conversation(id), workspace.me().id());
    }

    @PostMapping("/conversations/{id}/reply")
    String reply(@PathVariable long id, @RequestParam String text, @RequestParam(required = false) String then,
                 @RequestParam(required = false) String channel, @RequestParam(defaultValue = "false") boolean everyone,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        if (text.isBlank()) {
            return back(id, redirect, "flash.empty", null);
        }
        if (!ReplyLength.fits(text)) {
            redirect.addFlashAttribute("error", messages.getMessage("flash.replyTooLong",
                new Object[] { ReplyLength.MAX_CHARACTERS, text.length() }, LocaleContextHolder.getLocale()));
            return back(id, redirect, null, text);
        }
        List<AttachedFile> attached = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                try {
                    attached.add(new AttachedFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return act(id, redirect, "flash.replied", text, () -> work.reply(id, text,
            channel == null || channel.isBlank() ? null : Channel.valueOf(channel),
            then == null || then.isBlank() ? null : ConversationStatus.fromCode(then), everyone, attached));
    }

    @GetMapping("/conversations/attachments/{fileId}")
    void download(@PathVariable long fileId, HttpServletResponse response) throws IOException {
        ReplyAttachments.StoredFile file = attachments.find(fileId)
            .orElseThrow(() -> new NotFoundException("Attachment", fileId));
        response.setContentType("application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        attachments.write(fileId, response.getOutputStream());
    }

    @PostMapping("/conversations/{id}/spam")
    String spam(@PathVariable long id, @RequestParam boolean spam, RedirectAttributes redirect) {
        return act(id, redirect, spam ? "flash.spam" : "flash.notSpam", null, () -> work.markSpam(id, spam));
    }

    @PostMapping("/conversations/{id}/note")
    String note(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
        if (text.isBlank()) {
            return back(id, redirect, "flash.empty", null);
        }
        if (!ReplyLength.fits(text)) {
            redirect.addFlashAttribute("error", messages.getMessage("flash.replyTooLong",
                new Object[] { ReplyLength.MAX_CHARACTERS, text.length() }, LocaleContextHolder.getLocale()));
            return back(id, redirect, null, text);
        }
        return act(id, redirect, "flash.noted", text, () -> work.note(id, text));
    }

    @PostMapping("/conversations/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) Long agentId,
                    @RequestParam(required = false) Long teamId, @RequestParam(required = false) String note,
                    @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "flash.transferred", null, () -> work.transfer(id, agentId, teamId, note, version));
    }

    @PostMapping("/conversations/{id}/take")
    String take(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Workspace.Me me = workspace.me();
        return act(id, redirect, "flash.taken", null, () -> work.transfer(id, me.id(), me.teamId(), null, version));
    }

    @PostMapping("/conversations/{id}/status")
    String status(@PathVariable long id, @RequestParam String status, @RequestParam long version,
                  RedirectAttributes redirect) {
        ConversationStatus target = ConversationStatus.fromCode(status);
        if (target == detail(id).summary().status()) {
            return back(id, redirect, null, null);
        }
        return act(id, redirect, "flash.status", null, () -> work.changeStatus(id, target, version));
    }

    @PostMapping("/conversations/{id}/priority")
    String priority(@PathVariable long id, @RequestParam String priority, @RequestParam long version,
                    RedirectAttributes redirect) {
        return act(id, redirect, "flash.priority", null, () -> work.prioritise(id, Priority.fromCode(priority), version));
    }

    @PostMapping("/conversations/{id}/reason")
    String reason(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "flash.reason", null, () -> work.classify(id, reason));
    }

    @PostMapping("/conversations/{id}/tags")
    String tag(@PathVariable long id, @RequestParam String tag, RedirectAttributes redirect) {
        return act(id, redirect, null, null, () -> {
            work.tag(id, tag);
            return null;
        });
    }

    @PostMapping("/conversations/{id}/tags/remove")
    String untag(@PathVariable long id, @RequestParam String tag, RedirectAttributes redirect) {
        return act(id, redirect, null, null, () -> {
            work.untag(id, tag);
            return null;
        });
    }

    @PostMapping("/conversations/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long other, @RequestParam long version,
                 RedirectAttributes redirect) {
        return act(id, redirect, "flash.merged", null, () -> merger.merge(id, other, version, null));
    }

    /** The agent lands on the new conversation, where the split-off issue is now worked. */
    @PostMapping("/conversations/{id}/split")
    String split(@PathVariable long id, @RequestParam long messageId, @RequestParam(defaultValue = "false") boolean onlyThis,
                 RedirectAttributes redirect) {
        long[] created = new long[1];
        String back = act(id, redirect, "flash.split", null, () -> created[0] = splitter.split(id, messageId, onlyThis,
            null, null).id());
        return created[0] == 0 ? back : "redirect:/conversations/" + created[0];
    }

    /** Runs an action and returns to the page with what happened; on failure the agent's text comes back as a draft. */
    private String act(long id, RedirectAttributes redirect, String success, String draft, Supplier<?> action) {
        try {
            action.get();
            return back(id, redirect, success, null);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.code() == null ? e.getMessage()
                : messages.getMessage("rule." + e.code(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", text("flash.conflict"));
        }
        redirect.addFlashAttribute("draft", draft);
        return "redirect:/conversations/" + id;
    }

    private String back(long id, RedirectAttributes redirect, String key, String draft) {
        if (key != null) {
            redirect.addFlashAttribute(key.equals("flash.empty") ? "error" : "notice", text(key));
        }
        if (draft != null) {
            redirect.addFlashAttribute("draft", draft);
        }
        return "redirect:/conversations/" + id;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private ConversationDetail detail(long id) {
        return queries.detail(id).orElseThrow(() -> new NotFoundException("Conversation", id));
    }
}
