package org.loyaldesk.survey;

import org.loyaldesk.platform.AdminSettings;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey settings in force: what an admin chose in the settings screen, else the configured
 * {@code loyaldesk.survey.*}. Ask {@link #current()} each time: an admin may change them.
 */
@Component
public class SurveyChoices {

    private static final String SETTING = "survey";

    private final AdminSettings settings;
    private final AuditLog audit;
    private final SurveySettings configured;

    SurveyChoices(AdminSettings settings, AuditLog audit, SurveySettings configured) {
        this.settings = settings;
        this.audit = audit;
        this.configured = configured;
    }

    @Transactional(readOnly = true)
    public SurveySettings current() {
        return settings.chosen(SETTING).map(this::parse).orElse(configured);
    }

    @Transactional
    public SurveySettings change(String question, int quietDays, int npsEveryDays, String company) {
        SurveyKind kind = kind(question);
        if (kind == null || kind == SurveyKind.NPS) {
            throw new RuleViolationException("survey-question", "The question after solving is ces or csat");
        }
        if (quietDays < 0 || quietDays > 365 || npsEveryDays < 0 || npsEveryDays > 730) {
            throw new RuleViolationException("survey-days", "Quiet days are 0 to 365, NPS days 0 to 730");
        }
        String name = company == null ? "" : company.strip();
        if (name.isEmpty() || name.length() > 100 || name.contains("\n") || name.contains("\t")) {
            throw new RuleViolationException("survey-company", "The company name is 1 to 100 characters on one line");
        }
        SurveySettings chosen = new SurveySettings(kind.code(), quietDays, npsEveryDays, configured.linkValidDays(), name);
        String value = kind.code() + "\t" + quietDays + "\t" + npsEveryDays + "\t" + name;
        settings.choose(SETTING, value);
        audit.record("settings.survey", "setting", SETTING, value.replace('\t', ' '));
        return chosen;
    }

    private static SurveyKind kind(String question) {
        try {
            return question == null ? null : SurveyKind.fromCode(question);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private SurveySettings parse(String value) {
        String[] parts = value.split("\t", 4);
        return new SurveySettings(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
            configured.linkValidDays(), parts[3]);
    }
}
