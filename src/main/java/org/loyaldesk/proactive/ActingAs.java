package org.loyaldesk.proactive;

import java.util.List;
import java.util.function.Supplier;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.ActorSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Work in the background done in the name of the lead who asked for it: the replies a resolved incident sends
 * carry their name, as if they had sent each one, and the audit log says who.
 */
final class ActingAs {

    private ActingAs() {
    }

    static <T> T run(Actor actor, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        ActorSource source = () -> actor;
        SecurityContextHolder.setContext(new SecurityContextImpl(
            UsernamePasswordAuthenticationToken.authenticated(source, null, List.of())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
