package org.loyaldesk.insight.web;

import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.insight.ChurnRisks;
import org.loyaldesk.insight.ConversationSignals;
import org.loyaldesk.insight.CustomerChurn;
import org.loyaldesk.insight.CustomerLoyalty;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One customer through the insight lens: churn risk and why, the two buckets of tags, every conversation's reading. */
@Controller
@PreAuthorize("hasRole('LEAD')")
class CustomerInsightPage {

    private final CustomerDirectory customers;
    private final ChurnRisks risks;
    private final CustomerChurn churn;
    private final ConversationSignals signals;
    private final CustomerLoyalty loyalty;

    CustomerInsightPage(CustomerDirectory customers, ChurnRisks risks, CustomerChurn churn, ConversationSignals signals,
                        CustomerLoyalty loyalty) {
        this.customers = customers;
        this.risks = risks;
        this.churn = churn;
        this.signals = signals;
        this.loyalty = loyalty;
    }

    @GetMapping("/insight/customers/{id}")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("customer", customers.profile(id).orElseThrow(() -> new NotFoundException("Customer", id)));
        model.addAttribute("risk", risks.of(id).orElse(null));
        model.addAttribute("churned", churn.of(id).orElse(null));
        model.addAttribute("signals", signals.ofCustomer(id).reversed());
        model.addAttribute("tags", loyalty.tags(id));
        return "insight/customer";
    }
}
