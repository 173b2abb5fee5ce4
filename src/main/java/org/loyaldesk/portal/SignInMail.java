package org.loyaldesk.portal;

import java.time.Duration;
import java.util.Locale;

import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The mail with a sign-in link, in the customer's language. */
@Component
class SignInMail {

    private final MessageSource messages;
    private final HelpCentreSettings brand;
    private final String base;

    SignInMail(MessageSource messages, HelpCentreSettings brand, LoyaldeskProperties properties) {
        this.messages = messages;
        this.brand = brand;
        this.base = properties.linkBase();
    }

    OutboundMail.AutomaticMessage link(String to, String token, Duration validity, Locale locale) {
        String link = base + "/portal/sign-in/" + token;
        String intro = text("portal.mail.intro", locale, brand.name());
        String button = text("portal.mail.button", locale);
        String validFor = text("portal.mail.validity", locale, validity.toMinutes());
        String notYou = text("portal.mail.notYou", locale);
        String plain = intro + "\n\n" + link + "\n\n" + validFor + "\n" + notYou + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(intro) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link)
            + "\" style=\"display:inline-block;padding:10px 16px;border-radius:6px;background:" + brand.colour()
            + ";color:#ffffff;text-decoration:none\">" + HtmlUtils.htmlEscape(button) + "</a></p><p>"
            + HtmlUtils.htmlEscape(validFor) + "<br>" + HtmlUtils.htmlEscape(notYou) + "</p>";
        return new OutboundMail.AutomaticMessage(to, text("portal.mail.subject", locale, brand.name()), plain, html, null,
            "portal-sign-in");
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
