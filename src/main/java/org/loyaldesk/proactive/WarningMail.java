package org.loyaldesk.proactive;

import java.util.Locale;

import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The notice as mail to one owner: in their language, addressed by name, with a link to stop such mail. */
@Component
class WarningMail {

    private final MessageSource messages;
    private final HelpCentreSettings brand;
    private final String base;

    WarningMail(MessageSource messages, HelpCentreSettings brand, LoyaldeskProperties properties) {
        this.messages = messages;
        this.brand = brand;
        this.base = properties.linkBase();
    }

    OutboundMail.AutomaticMessage to(String address, String name, Incident incident, Language language,
                                     String optOutToken) {
        Language written = incident.noticeLanguage(language);
        Locale locale = written.locale();
        String greeting = greeting(name, locale);
        String notice = incident.notice(written);
        String optOutLink = base + "/notices/opt-out/" + optOutToken;
        String optOut = text("proactive.mail.optOut", locale);
        String signature = text("proactive.mail.signature", locale, brand.name());
        String plain = greeting + "\n\n" + notice + "\n\n" + signature + "\n\n" + optOut + " " + optOutLink + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>"
            + HtmlUtils.htmlEscape(notice).replace("\n", "<br>") + "</p><p>" + HtmlUtils.htmlEscape(signature)
            + "</p><p style=\"color:#6b7280;font-size:12px\">" + HtmlUtils.htmlEscape(optOut) + " <a href=\""
            + HtmlUtils.htmlEscape(optOutLink) + "\">" + HtmlUtils.htmlEscape(text("proactive.mail.optOutLink", locale))
            + "</a></p>";
        return new OutboundMail.AutomaticMessage(address, text("proactive.mail.subject", locale, brand.name(),
            incident.title()), plain, html, null, "incident-" + incident.id());
    }

    String greeting(String name, Locale locale) {
        return name == null || name.isBlank() ? text("proactive.mail.greetingAnonymous", locale)
            : text("proactive.mail.greeting", locale, name.strip());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
