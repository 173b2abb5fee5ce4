package org.loyaldesk.portal;

import java.time.Clock;
import java.util.List;

import org.loyaldesk.survey.Invitation;
import org.loyaldesk.survey.Surveys;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The surveys we asked the customer, answerable here as well as from the mail: an open one links to
 * the same answer page the mail links to, so an answer given in either place is the same answer.
 */
@Controller
class SurveysPage {

    private static final int LIMIT = 50;

    private final Surveys surveys;
    private final Clock clock;

    SurveysPage(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    /** An invitation as the list shows it; {@code answerUrl} is null once it can no longer be answered. */
    record AskedSurvey(Invitation invitation, String answerUrl) {
    }

    @GetMapping("/portal/surveys")
    String list(@AuthenticationPrincipal PortalCustomer customer, Model model) {
        if (!customer.fullAccess()) {
            return "redirect:/portal/sign-in?more";
        }
        List<AskedSurvey> asked = surveys.askedOf(customer.customerId(), LIMIT).stream()
            .map(invitation -> new AskedSurvey(invitation, invitation.expiresAt().isAfter(clock.instant())
                ? "/survey/" + surveys.token(invitation.id()) : null))
            .toList();
        model.addAttribute("surveys", asked);
        return "portal/surveys";
    }
}
