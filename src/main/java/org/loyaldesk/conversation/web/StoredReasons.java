package org.loyaldesk.conversation.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reasons stored in English (why a delivery failed, why a conversation is at risk) in the agent's language. They are
 * stored as their module wrote them because the API hands them to integrators as is; the page recognises the reasons
 * Loyaldesk itself gives and says them in the agent's language. What a remote server answered (an SMTP refusal) is
 * shown as it came.
 */
@Component("reasons")
class StoredReasons {

    private record Known(Pattern reason, String key) {
    }

    private static final List<Known> RISKS = List.of(
        new Known(Pattern.compile("anger (\\d+)%: (.+)", Pattern.DOTALL), "flag.at-risk.anger-because"),
        new Known(Pattern.compile("anger (\\d+)%"), "flag.at-risk.anger"));

    private static final List<Known> DELIVERIES = List.of(
        new Known(Pattern.compile("No mail server is configured.*", Pattern.DOTALL), "delivery.error.no-mail-server"),
        new Known(Pattern.compile("No outbound route for the (\\S+) channel.*", Pattern.DOTALL), "delivery.error.no-route"),
        new Known(Pattern.compile("The webhook for (\\S+) was removed"), "delivery.error.webhook-removed"),
        new Known(Pattern.compile("Could not reach (\\S+): (.*)", Pattern.DOTALL), "delivery.error.unreachable"),
        new Known(Pattern.compile("HTTP (\\d+) from (\\S+)"), "delivery.error.http"),
        new Known(Pattern.compile("The customer has no email address to reply to"), "delivery.error.no-address"),
        new Known(Pattern.compile("An address of this conversation is not valid: (.*)", Pattern.DOTALL),
            "delivery.error.bad-address"),
        new Known(Pattern.compile("The support address (\\S+) is not valid"), "delivery.error.bad-support-address"));

    private final MessageSource messages;

    StoredReasons(MessageSource messages) {
        this.messages = messages;
    }

    public String delivery(String reason) {
        return say(reason, DELIVERIES);
    }

    public String risk(String reason) {
        return say(reason, RISKS);
    }

    private String say(String reason, List<Known> knowns) {
        if (reason == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (Known known : knowns) {
            Matcher matcher = known.reason().matcher(reason);
            if (matcher.matches()) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    arguments[group - 1] = matcher.group(group);
                }
                return messages.getMessage(known.key(), arguments, reason, locale);
            }
        }
        return reason;
    }
}
