package org.loyaldesk.automation.rules.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.loyaldesk.automation.rules.DryRun;
import org.loyaldesk.automation.rules.Rule;
import org.loyaldesk.automation.rules.RuleBook;
import org.loyaldesk.automation.rules.RuleInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Rules over REST, for admins: keep them, and try one on recent conversations before switching it on. */
@RestController
@Tag(name = "Automation: rules")
@PreAuthorize("hasRole('ADMIN')")
class RulesApi {

    private static final String PATH = "/api/v1/automation/rules";

    private final RuleBook book;

    RulesApi(RuleBook book) {
        this.book = book;
    }

    @GetMapping(PATH)
    List<Rule> list() {
        return book.all();
    }

    @GetMapping(PATH + "/{id}")
    Rule get(@PathVariable long id) {
        return book.get(id);
    }

    @Operation(summary = "Save a rule", description = "trigger: message-received, conversation-created, "
        + "conversation-solved, conversation-reopened, sla-near-breach (a service-level warning) or time-passed (with "
        + "waitStatus and waitHours). conditions: "
        + "{field, operator, value} with field channel, status, priority, contact-reason, tag, language, team (id), "
        + "at-risk (true/false) with is / is-not, or anger (0 to 1) with above / below. actions: {type, value} with "
        + "assign-team, assign-agent (ids), tag, priority, send-macro (a shared macro's id), notify-lead, status "
        + "(solved or closed). Anything unknown is refused (422). A rule is off until active is true.")
    @PostMapping(PATH)
    ResponseEntity<Rule> create(@RequestBody RuleInput input) {
        Rule saved = book.create(input);
        return ResponseEntity.created(URI.create(PATH + "/" + saved.id())).body(saved);
    }

    @PutMapping(PATH + "/{id}")
    Rule update(@PathVariable long id, @RequestBody RuleInput input) {
        return book.update(id, input);
    }

    @DeleteMapping(PATH + "/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        book.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Try a rule that is not saved yet on the last conversations",
        description = "Answers which would match and what the rule would do to each; nothing changes.")
    @PostMapping(PATH + "/dry-run")
    DryRun dryRun(@RequestBody RuleInput input, @RequestParam(defaultValue = "50") int last, Locale locale) {
        return book.dryRun(input, last, locale);
    }

    @PostMapping(PATH + "/{id}/dry-run")
    DryRun dryRun(@PathVariable long id, @RequestParam(defaultValue = "50") int last, Locale locale) {
        return book.dryRun(id, last, locale);
    }
}
