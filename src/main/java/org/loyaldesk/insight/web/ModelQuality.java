package org.loyaldesk.insight.web;

import org.loyaldesk.insight.ChurnRisks;
import org.loyaldesk.insight.ConversationInsight;
import org.loyaldesk.insight.EffortModels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For admins: how good the churn model and the effort calibration are, and training them again on demand. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ModelQuality {

    private final ChurnRisks risks;
    private final EffortModels effort;
    private final ConversationInsight insight;

    ModelQuality(ChurnRisks risks, EffortModels effort, ConversationInsight insight) {
        this.risks = risks;
        this.effort = effort;
        this.insight = insight;
    }

    @GetMapping("/settings/insight")
    String page(Model model) {
        model.addAttribute("churnModel", risks.model());
        model.addAttribute("effortModel", effort.current());
        model.addAttribute("features", org.loyaldesk.insight.ChurnFeature.values());
        model.addAttribute("drivers", org.loyaldesk.insight.EffortDriver.values());
        return "insight/models";
    }

    @PostMapping("/settings/insight/train")
    String train(RedirectAttributes redirect) {
        insight.train();
        redirect.addFlashAttribute("noticeKey", "insight.models.trained");
        return "redirect:/settings/insight";
    }
}
