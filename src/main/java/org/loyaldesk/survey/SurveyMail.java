package org.loyaldesk.survey;

import java.util.List;
import java.util.Locale;

import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.channel.spi.ReplyMailLinks;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The invitation mail: the question and one link per answer, in the customer's language. */
@Component
class SurveyMail {

    private final MessageSource messages;
    private final SurveyChoices settings;
    private final String base;
    private final List<ReplyMailLinks> links;

    SurveyMail(MessageSource messages, SurveyChoices settings, LoyaldeskProperties properties,
               List<ReplyMailLinks> links) {
        this.links = links;
        this.messages = messages;
        this.settings = settings;
        this.base = properties.linkBase();
    }

    OutboundMail.AutomaticMessage invitation(String to, SurveyKind kind, Language language, String token,
                                             long customerId, Long conversationId) {
        Locale locale = language.locale();
        String question = text("survey.question." + kind.code(), locale, settings.current().company());
        StringBuilder plain = new StringBuilder(text("survey.mail.intro", locale)).append("\n\n").append(question)
            .append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(text("survey.mail.intro", locale)))
            .append("</p><p><strong>").append(HtmlUtils.htmlEscape(question)).append("</strong></p><p>");
        for (int score : kind.scale()) {
            String link = link(token) + "?score=" + score;
            String label = score + " " + text("survey.scale." + kind.code() + "." + score, locale);
            plain.append(label.strip()).append(": ").append(link).append('\n');
            html.append("<a href=\"").append(HtmlUtils.htmlEscape(link))
                .append("\" style=\"display:inline-block;margin:2px;padding:8px 12px;border:1px solid #0f766e;"
                    + "border-radius:6px;color:#0f766e;text-decoration:none\">")
                .append(HtmlUtils.htmlEscape(label.strip())).append("</a> ");
        }
        plain.append('\n').append(text("survey.mail.outro", locale));
        html.append("</p><p>").append(HtmlUtils.htmlEscape(text("survey.mail.outro", locale))).append("</p>");
        if (conversationId != null) {
            // the conversation the question is about, online: where the customer can see the answer they rate
            links.stream().flatMap(link -> link.footer(customerId, conversationId).stream()).findFirst().ifPresent(footer -> {
                plain.append("\n\n-- \n").append(footer);
                html.append("<p style=\"color:#5f6b7a\">").append(HtmlUtils.htmlEscape(footer)
                    .replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>")).append("</p>");
            });
        }
        return new OutboundMail.AutomaticMessage(to, text("survey.mail.subject", locale, settings.current().company()),
            plain.toString(), html.toString(), conversationId, "survey");
    }

    String link(String token) {
        return base + "/survey/" + token;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
