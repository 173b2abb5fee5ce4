package org.loyaldesk.platform.web;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is logged in and what they may see in the navigation. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.get();
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
            .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
