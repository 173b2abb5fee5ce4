package org.loyaldesk.portal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.notice.ServiceNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every portal page shows (the brand, the signed-in customer, the other language) and how its
 * pages fail: as pages in the customer's language, never as the API's JSON problems and never as a
 * 500. A conversation that is not theirs is "not found", exactly like one that does not exist.
 */
@ControllerAdvice(assignableTypes = { SignInPages.class, ConversationPages.class, NewRequestPage.class,
    SurveysPage.class, MyDataPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalModel {

    private static final Logger log = LoggerFactory.getLogger(PortalModel.class);

    private final HelpCentreSettings brand;
    private final ServiceNotices notices;
    private final Clock clock;

    PortalModel(HelpCentreSettings brand, ServiceNotices notices, Clock clock) {
        this.brand = brand;
        this.notices = notices;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model, Locale locale, @AuthenticationPrincipal Object principal) {
        model.addAllAttributes(common(locale, principal));
    }

    @ExceptionHandler({ MyConversations.NotTheirs.class, TypeMismatchException.class,
        MissingServletRequestParameterException.class })
    ModelAndView notFound(Locale locale) {
        return page("portal/missing", HttpStatus.NOT_FOUND, locale);
    }

    @ExceptionHandler(MyConversations.TooFast.class)
    ModelAndView tooFast(Locale locale) {
        return page("portal/too-fast", HttpStatus.TOO_MANY_REQUESTS, locale);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(MultipartException e, Locale locale) {
        log.info("A portal upload could not be read: {}", e.getMessage());
        return page("portal/upload-failed", HttpStatus.BAD_REQUEST, locale);
    }

    /** An error page: model attributes methods do not run for exception handlers, so it gets them here. */
    private ModelAndView page(String view, HttpStatus status, Locale locale) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        ModelAndView page = new ModelAndView(view, common(locale, signedIn == null ? null : signedIn.getPrincipal()));
        page.setStatus(status);
        return page;
    }

    private Map<String, Object> common(Locale locale, Object principal) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("brand", brand);
        String lang = "nl".equals(locale.getLanguage()) ? "nl" : "en";
        attributes.put("lang", lang);
        attributes.put("otherLang", "nl".equals(lang) ? "en" : "nl");
        if (principal instanceof PortalCustomer customer) {
            attributes.put("customer", customer);
            // what the team announced about the customer's products (or to everyone), before they have to ask;
            // not to whoever holds a (possibly forwarded) link to one conversation: it would tell what they bought
            if (customer.fullAccess()) {
                attributes.put("notices", notices.concerning(customer.customerId(), clock.instant()));
            }
        }
        return attributes;
    }
}
