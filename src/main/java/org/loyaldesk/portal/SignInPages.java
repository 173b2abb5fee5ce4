package org.loyaldesk.portal;

import org.loyaldesk.platform.RandomTokens;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.platform.StorableText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in: ask for a link, get it by email, open it. Opening the link shows a button rather than
 * signing in at once, because mail scanners follow links in mail and would use up a single-use link
 * before the customer saw it.
 */
@Controller
class SignInPages {

    private final SignInLinks links;
    private final PortalSessions sessions;
    private final CustomerDirectory customers;
    private final ConversationLinks conversationLinks;
    private final PortalSettings settings;

    SignInPages(SignInLinks links, PortalSessions sessions, CustomerDirectory customers,
                ConversationLinks conversationLinks, PortalSettings settings) {
        this.settings = settings;
        this.links = links;
        this.sessions = sessions;
        this.customers = customers;
        this.conversationLinks = conversationLinks;
    }

    @GetMapping({ "/portal", "/portal/" })
    String start(@AuthenticationPrincipal Object principal) {
        return principal instanceof PortalCustomer ? "redirect:/portal/conversations" : "redirect:/portal/sign-in";
    }

    @GetMapping("/portal/sign-in")
    String form(@RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("signedOut", signedOut != null);
        return "portal/sign-in";
    }

    @PostMapping("/portal/sign-in")
    String request(@RequestParam(required = false) String email, Model model, Locale locale, HttpServletRequest request,
                   HttpServletResponse response) {
        ContactAddress address;
        try {
            if (email == null || !StorableText.isStorable(email)) {
                throw new IllegalArgumentException("not an address");
            }
            address = ContactAddress.email(email);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("email", email == null ? "" : StorableText.of(email));
            model.addAttribute("errorKey", "portal.signIn.error.email");
            return "portal/sign-in";
        }
        if (links.request(address, request.getRemoteAddr(), locale) == SignInLinks.Requested.TOO_MANY) {
            response.setStatus(429);
            model.addAttribute("email", address.value());
            model.addAttribute("errorKey", "portal.signIn.error.tooMany");
            return "portal/sign-in";
        }
        model.addAttribute("email", address.value());
        model.addAttribute("linkMinutes", settings.linkValidity().toMinutes());
        return "portal/check-mail";
    }

    @GetMapping("/portal/sign-in/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("token", RandomTokens.wellFormed(token) ? token : "");
        return "portal/confirm";
    }

    @PostMapping("/portal/sign-in/{token}")
    String redeem(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        return links.redeem(token).flatMap(signIn -> customers.ref(signIn.customerId())).map(customer -> {
            sessions.signIn(new PortalCustomer(customer.id(), customer.displayName(), null), request, response);
            return "redirect:/portal/conversations";
        }).orElseGet(() -> {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("errorKey", "portal.signIn.error.link");
            return "portal/sign-in";
        });
    }

    /** The link under our emails: opens that one conversation, and nothing else, without asking for a link. */
    @GetMapping("/portal/link/{token}")
    String conversationLink(@PathVariable String token, @AuthenticationPrincipal Object principal, Model model,
                            HttpServletRequest request, HttpServletResponse response) {
        return conversationLinks.verify(token).flatMap(link -> customers.ref(link.customerId())
            .map(customer -> {
                if (principal instanceof PortalCustomer signedIn && signedIn.customerId() == customer.id()
                    && signedIn.fullAccess()) {
                    // already signed in as this customer: the link must not narrow the session to one conversation
                    return "redirect:/portal/conversations/" + link.conversationId();
                }
                sessions.signIn(new PortalCustomer(customer.id(), customer.displayName(), link.conversationId()), request,
                    response);
                return "redirect:/portal/conversations/" + link.conversationId();
            })).orElseGet(() -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                model.addAttribute("errorKey", "portal.signIn.error.link");
                return "portal/sign-in";
            });
    }
}
