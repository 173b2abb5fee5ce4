package org.loyaldesk.proactive.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.customer.ProductOwners;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.proactive.Incident;
import org.loyaldesk.proactive.IncidentEffects;
import org.loyaldesk.proactive.IncidentInput;
import org.loyaldesk.proactive.IncidentReports;
import org.loyaldesk.proactive.Incidents;
import org.loyaldesk.proactive.InvalidIncident;
import org.loyaldesk.proactive.ResolutionInput;
import org.loyaldesk.proactive.Spike;
import org.loyaldesk.proactive.Spikes;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead's screens of proactive service: spikes as they are raised (the list refreshes itself), the
 * complaints behind one, declaring an incident, and an incident's reach, warning and resolution. Every agent
 * may look; leads act.
 */
@Controller
@PreAuthorize("hasRole('AGENT')")
class ProactivePages {

    private static final int SHOWN = 50;
    private static final int MESSAGES_SHOWN = 100;

    private final Spikes spikes;
    private final Incidents incidents;
    private final IncidentReports reports;
    private final IncidentEffects effects;
    private final ConversationQueries conversations;
    private final ProductOwners products;

    ProactivePages(Spikes spikes, Incidents incidents, IncidentReports reports, IncidentEffects effects,
                   ConversationQueries conversations, ProductOwners products) {
        this.products = products;
        this.spikes = spikes;
        this.incidents = incidents;
        this.reports = reports;
        this.effects = effects;
        this.conversations = conversations;
    }

    @GetMapping("/proactive")
    String overview(Model model) {
        spikeList(model);
        model.addAttribute("incidents", incidents.recent(SHOWN));
        model.addAttribute("effects", effects.overall());
        return "proactive/overview";
    }

    /** The spike list alone, which the overview fetches again every few seconds. */
    @GetMapping("/proactive/spikes")
    String spikeList(Model model) {
        List<Spike> recent = spikes.recent(SHOWN);
        model.addAttribute("spikes", recent);
        // a product spike shows the product's name beside its SKU
        model.addAttribute("productNames", recent.stream().anyMatch(spike -> "product".equals(spike.kind()))
            ? products.catalogue() : Map.of());
        return "proactive/overview :: spikes";
    }

    @GetMapping("/proactive/spikes/{id}")
    String spike(@PathVariable long id, Model model) {
        Spike spike = spikes.get(id);
        model.addAttribute("spike", spike);
        model.addAttribute("complaints", summaries(spikes.conversations(id, MESSAGES_SHOWN)));
        return "proactive/spike";
    }

    @PostMapping("/proactive/spikes/{id}/dismiss")
    @PreAuthorize("hasRole('LEAD')")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        try {
            spikes.dismiss(id);
            redirect.addFlashAttribute("noticeKey", "proactive.spike.dismissed");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errorKey", "proactive.spike.confirmedAlready");
        }
        return "redirect:/proactive";
    }

    @GetMapping("/proactive/incidents/new")
    @PreAuthorize("hasRole('LEAD')")
    String declareForm(@RequestParam(required = false) Long spike, Model model) {
        Spike from = spike == null ? null : spikes.get(spike);
        model.addAttribute("form", IncidentForm.from(from));
        model.addAttribute("spike", from);
        return "proactive/declare";
    }

    @PostMapping("/proactive/incidents")
    @PreAuthorize("hasRole('LEAD')")
    String declare(IncidentForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Incident incident = incidents.declare(form.input());
            redirect.addFlashAttribute("noticeKey", "proactive.incident.declared");
            return "redirect:/proactive/incidents/" + incident.id();
        } catch (InvalidIncident e) {
            return refused(model, form, response, HttpStatus.BAD_REQUEST, "proactive.error." + e.reason());
        } catch (ConflictException e) {
            return refused(model, form, response, HttpStatus.CONFLICT, "proactive.spike.handledAlready");
        } catch (NotFoundException e) {
            return refused(model, form, response, HttpStatus.NOT_FOUND, "proactive.spike.missing");
        }
    }

    @GetMapping("/proactive/incidents/{id}")
    String incident(@PathVariable long id, Model model) {
        Incident incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("reach", reports.reach(incident));
        List<Incidents.LinkedConversation> linked = incidents.linked(id, MESSAGES_SHOWN);
        model.addAttribute("linked", linked);
        model.addAttribute("summaries", summaries(linked.stream().map(Incidents.LinkedConversation::conversationId)
            .toList()).stream().collect(java.util.stream.Collectors.toMap(ConversationSummary::id, s -> s)));
        if (!model.containsAttribute("resolution")) {
            model.addAttribute("resolution", new ResolutionInput("", "", ""));
        }
        return "proactive/incident";
    }

    @PostMapping("/proactive/incidents/{id}/warn")
    @PreAuthorize("hasRole('LEAD')")
    String warn(@PathVariable long id, RedirectAttributes redirect) {
        try {
            incidents.warn(id);
            redirect.addFlashAttribute("noticeKey", "proactive.warn.started");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errorKey", "proactive.warn.resolved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errorKey", "proactive.warn.noProducts");
        }
        return "redirect:/proactive/incidents/" + id;
    }

    @PostMapping("/proactive/incidents/{id}/resolve")
    @PreAuthorize("hasRole('LEAD')")
    String resolve(@PathVariable long id, ResolutionInput resolution, RedirectAttributes redirect) {
        try {
            incidents.resolve(id, resolution);
            redirect.addFlashAttribute("noticeKey", "proactive.incident.resolving");
        } catch (InvalidIncident e) {
            redirect.addFlashAttribute("errorKey", "proactive.error." + e.reason());
            redirect.addFlashAttribute("resolution", resolution);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errorKey", "proactive.incident.resolvedAlready");
        }
        return "redirect:/proactive/incidents/" + id;
    }

    private String refused(Model model, IncidentForm form, HttpServletResponse response, HttpStatus status,
                           String errorKey) {
        response.setStatus(status.value());
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("form", form);
        model.addAttribute("spike", form.spikeId() == null ? null : spikes.find(form.spikeId()).orElse(null));
        return "proactive/declare";
    }

    private List<ConversationSummary> summaries(List<Long> ids) {
        return ids.stream().map(conversations::summary).flatMap(java.util.Optional::stream).toList();
    }

    /** The declaration form as typed: SKUs and words separated by commas or spaces. */
    record IncidentForm(String title, String skus, String words, String noticeNl, String noticeEn, Long spikeId) {

        static IncidentForm from(Spike spike) {
            if (spike == null) {
                return new IncidentForm("", "", "", "", "", null);
            }
            return new IncidentForm("", "product".equals(spike.kind()) ? spike.value() : "",
                String.join(", ", spike.words()), "", "", spike.id());
        }

        IncidentInput input() {
            return new IncidentInput(title, split(skus), split(words), noticeNl, noticeEn, spikeId);
        }

        private static List<String> split(String typed) {
            return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).map(String::strip)
                .filter(value -> !value.isEmpty()).filter(Objects::nonNull).toList();
        }
    }

}
