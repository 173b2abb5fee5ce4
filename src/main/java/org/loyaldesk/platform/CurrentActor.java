package org.loyaldesk.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request or job; {@link Actor#SYSTEM} outside of a request. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorSource source) {
            return source.actor();
        }
        return Actor.SYSTEM;
    }
}
