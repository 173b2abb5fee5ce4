package org.loyaldesk.automation.reason.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.loyaldesk.automation.reason.LearnedReasons;
import org.loyaldesk.automation.reason.ReasonSettings;
import org.loyaldesk.automation.reason.Training;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Contact reasons on arrival: the setting, retraining on corrections, and how well it did on held-back ones. */
@RestController
@Tag(name = "Automation: contact reasons")
@PreAuthorize("hasRole('ADMIN')")
class ReasonAutomationApi {

    private static final String BASE = "/api/v1/automation/reasons";

    private final ReasonSettings settings;
    private final LearnedReasons classifier;

    ReasonAutomationApi(ReasonSettings settings, LearnedReasons classifier) {
        this.settings = settings;
        this.classifier = classifier;
    }

    record Settings(@NotNull Boolean enabled, @NotNull Double threshold) {
    }

    @GetMapping(BASE + "/settings")
    Settings settings() {
        return new Settings(settings.enabled(), settings.threshold());
    }

    @PutMapping(BASE + "/settings")
    Settings change(@Valid @RequestBody Settings body) {
        settings.change(body.enabled(), body.threshold());
        return settings();
    }

    @Operation(summary = "Retrain on agents' corrections now; the answer has its accuracy on held-back corrections")
    @PostMapping(BASE + "/retrain")
    Training retrain() {
        return classifier.retrain("api");
    }

    @GetMapping(BASE + "/trainings")
    List<Training> trainings() {
        return classifier.history(50);
    }
}
