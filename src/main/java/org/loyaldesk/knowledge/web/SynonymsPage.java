package org.loyaldesk.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.knowledge.Synonyms;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Words that mean the same for the knowledge base's search, one group a line. They change what
 * every reader finds, so only admins edit them.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SynonymsPage {

    private final Synonyms synonyms;

    SynonymsPage(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping("/knowledge/synonyms")
    String show(Model model) {
        model.addAttribute("text", synonyms.groups().stream().map(group -> String.join(", ", group))
            .collect(Collectors.joining("\n")));
        return "knowledge/team-synonyms";
    }

    @PostMapping("/knowledge/synonyms")
    String save(@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            synonyms.replace(groups(text));
            redirect.addFlashAttribute("noticeKey", "kb.team.synonyms.saved");
            return "redirect:/knowledge/synonyms";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("text", text);
            model.addAttribute("error", e.getMessage());
            return "knowledge/team-synonyms";
        }
    }

    /** "retour, terugsturen" a line; empty lines are skipped. */
    static List<List<String>> groups(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                groups.add(Arrays.stream(line.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList());
            }
        }
        return groups;
    }
}
