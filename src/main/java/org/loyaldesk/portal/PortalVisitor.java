package org.loyaldesk.portal;

import jakarta.servlet.http.HttpSession;

import org.loyaldesk.knowledge.HelpCentreVisits;

/**
 * The customer writing a new request, as a help-centre visitor: shown articles while typing, they
 * count as deflected when they leave without sending (and do not contact us otherwise within a day).
 * One per session; the portal's visitor is known as the customer at once, so that what they send, on
 * the portal or any other channel, counts against the suggestions.
 */
final class PortalVisitor {

    private static final String VISITOR = "LOYALDESK_PORTAL_VISITOR";
    private static final String SHOWN = "LOYALDESK_PORTAL_VISITOR_SHOWN";

    private PortalVisitor() {
    }

    /** Records, once per session, that articles were suggested to this customer. */
    static void suggested(HttpSession session, HelpCentreVisits visits, long customerId, String text, int articles) {
        if (articles == 0 || session.getAttribute(SHOWN) != null) {
            return;
        }
        String visitor = of(session);
        visits.knownAs(visitor, customerId);
        visits.searched(visitor, text.length() > 200 ? text.substring(text.length() - 200) : text, articles);
        session.setAttribute(SHOWN, Boolean.TRUE);
    }

    /**
     * The customer sent the request after all. The help centre counts that contact itself, as it does
     * for a message on any channel from a customer known as a visitor; the next request starts afresh.
     */
    static void sent(HttpSession session) {
        session.removeAttribute(SHOWN);
        session.removeAttribute(VISITOR);
    }

    private static String of(HttpSession session) {
        String visitor = (String) session.getAttribute(VISITOR);
        if (visitor == null) {
            visitor = HelpCentreVisits.newVisitor();
            session.setAttribute(VISITOR, visitor);
        }
        return visitor;
    }
}
