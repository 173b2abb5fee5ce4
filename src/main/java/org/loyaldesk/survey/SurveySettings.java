package org.loyaldesk.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the surveys ({@code loyaldesk.survey.*}).
 *
 * @param question     the question after solving: ces (default) or csat
 * @param quietDays    no survey to a customer who got one in this many days
 * @param npsEveryDays NPS at most once in this many days per customer; 0 never asks it
 * @param linkValidDays how long an answer link works
 * @param company      the name in the question ("… made it easy for me")
 */
@ConfigurationProperties("loyaldesk.survey")
public record SurveySettings(@DefaultValue("ces") String question, @DefaultValue("30") int quietDays,
                             @DefaultValue("90") int npsEveryDays, @DefaultValue("14") int linkValidDays,
                             @DefaultValue("Loyaldesk") String company) {

    public SurveyKind questionKind() {
        SurveyKind kind = SurveyKind.fromCode(question);
        if (kind == SurveyKind.NPS) {
            throw new IllegalStateException("loyaldesk.survey.question is ces or csat; NPS is asked by itself");
        }
        return kind;
    }
}
