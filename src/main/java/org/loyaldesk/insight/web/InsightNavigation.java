package org.loyaldesk.insight.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show the dashboards and listen for anger alerts: for leads and admins. */
@ControllerAdvice(annotations = Controller.class)
class InsightNavigation {

    @ModelAttribute("seesInsight")
    boolean seesInsight() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
            .anyMatch(authority -> "ROLE_LEAD".equals(authority.getAuthority()));
    }
}
