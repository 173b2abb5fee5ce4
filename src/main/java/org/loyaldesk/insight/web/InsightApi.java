package org.loyaldesk.insight.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.loyaldesk.insight.ChurnRisks;
import org.loyaldesk.insight.ConversationInsight;
import org.loyaldesk.insight.ConversationSignal;
import org.loyaldesk.insight.ConversationSignals;
import org.loyaldesk.insight.CustomerChurn;
import org.loyaldesk.insight.CustomerRisk;
import org.loyaldesk.insight.EffortModels;
import org.loyaldesk.insight.RecoveryAction;
import org.loyaldesk.insight.RecoveryActions;
import org.loyaldesk.insight.RecoveryKind;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Signals, churn marks, recovery actions and model quality over REST. */
@RestController
@Tag(name = "Insight")
class InsightApi {

    private final ConversationSignals signals;
    private final ConversationInsight insight;
    private final ChurnRisks risks;
    private final CustomerChurn churn;
    private final RecoveryActions recovery;
    private final EffortModels effort;

    InsightApi(ConversationSignals signals, ConversationInsight insight, ChurnRisks risks, CustomerChurn churn,
               RecoveryActions recovery, EffortModels effort) {
        this.signals = signals;
        this.insight = insight;
        this.risks = risks;
        this.churn = churn;
        this.recovery = recovery;
        this.effort = effort;
    }

    record ChurnRequest(@Size(max = 200) String reason) {
    }

    record RecoveryRequest(@NotBlank String kind, @Digits(integer = 10, fraction = 2) BigDecimal amount, @Size(max = 2000) String link,
                           @Size(max = 1000) String note) {
    }

    @Operation(summary = "A conversation's signals: peak-end, effort with its drivers, first-contact resolution")
    @GetMapping("/api/v1/conversations/{id}/signals")
    ConversationSignal conversation(@PathVariable long id) {
        return signals.of(id).or(() -> insight.recompute(id)).orElseThrow(() -> new NotFoundException("Conversation", id));
    }

    @Operation(summary = "A customer's churn risk with its reasons")
    @GetMapping("/api/v1/customers/{id}/churn-risk")
    CustomerRisk risk(@PathVariable long id) {
        return risks.of(id).orElseGet(() -> {
            insight.customerChanged(id);
            return risks.of(id).orElseThrow(() -> new NotFoundException("Customer", id));
        });
    }

    @Operation(summary = "Mark a customer as churned", description = "The churn model learns from these marks.")
    @PostMapping("/api/v1/customers/{id}/churned")
    @PreAuthorize("hasRole('LEAD')")
    CustomerRisk markChurned(@PathVariable long id, @Valid @RequestBody(required = false) ChurnRequest request) {
        churn.markChurned(id, request == null ? null : request.reason());
        insight.customerChanged(id);
        return risks.of(id).orElseThrow();
    }

    @Operation(summary = "Undo a churn mark (the customer came back)")
    @DeleteMapping("/api/v1/customers/{id}/churned")
    @PreAuthorize("hasRole('LEAD')")
    CustomerRisk unmarkChurned(@PathVariable long id) {
        churn.unmark(id);
        insight.customerChanged(id);
        return risks.of(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @Operation(summary = "Record a service-recovery action", description = "kind: apology, credit, discount "
        + "(both with amount) or proof-of-improvement (with link).")
    @PostMapping("/api/v1/conversations/{id}/recovery-actions")
    @ResponseStatus(HttpStatus.CREATED)
    RecoveryAction recover(@PathVariable long id, @Valid @RequestBody RecoveryRequest request) {
        return recovery.record(id, RecoveryKind.fromCode(request.kind()), request.amount(), request.link(),
            request.note());
    }

    @GetMapping("/api/v1/conversations/{id}/recovery-actions")
    List<RecoveryAction> recoveryActions(@PathVariable long id) {
        return recovery.of(id);
    }

    @Operation(summary = "The churn model's AUC on held-out customers and the effort calibration's fit")
    @GetMapping("/api/v1/insight/models")
    Map<String, Object> models() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("churn", risks.model());
        body.put("effort", effort.current());
        return body;
    }

    @Operation(summary = "Train the churn model and calibrate effort now")
    @PostMapping("/api/v1/insight/models/train")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> train() {
        insight.train();
        return models();
    }
}
