package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the interface exists in English and in Dutch, and shows as written. */
class MessageBundlesTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern NUMERIC_ARGUMENT = Pattern.compile("\\{(\\d),\\s*(number|choice)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = { "messages", "insight", "survey", "search", "knowledge", "knowledge-team", "portal", "privacy",
        "notices", "admin", "chat", "demo", "automation-routing", "automation-rules", "automation-sla", "proactive" })
    void dutchAndEnglishHaveTheSameTexts(String bundle) throws IOException {
        Properties english = load("/" + bundle + ".properties");
        Properties dutch = load("/" + bundle + "_nl.properties");

        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english).isNotEmpty();
    }

    /**
     * A text with arguments goes through {@link MessageFormat}, which takes a single apostrophe as the start of
     * a quote: "Customer's churn risk: {0}" showed as "Customers churn risk: {0}". Such a text needs ''.
     * A text without arguments is shown as written, so there '' would show twice.
     */
    @ParameterizedTest
    @ValueSource(strings = { "messages", "insight", "survey", "search", "knowledge", "knowledge-team", "portal", "privacy",
        "notices", "messages_nl", "insight_nl", "survey_nl", "search_nl", "knowledge_nl", "knowledge-team_nl", "portal_nl",
        "privacy_nl", "notices_nl", "admin", "admin_nl", "chat", "chat_nl", "demo", "demo_nl",
        "automation-routing", "automation-routing_nl", "automation-rules", "automation-rules_nl",
        "automation-sla", "automation-sla_nl", "proactive", "proactive_nl" })
    void apostrophesShowAsWritten(String bundle) throws IOException {
        Properties texts = load("/" + bundle + ".properties");

        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (ARGUMENT.matcher(text).find()) {
                assertThat(LONE_APOSTROPHE.matcher(text).find()).as("lone apostrophe in %s=%s", key, text).isFalse();
                String shown = new MessageFormat(text, Locale.ENGLISH).format(arguments(text));
                assertThat(shown).as("%s=%s", key, text).doesNotContainPattern("\\{\\d");
            } else {
                assertThat(text).as("%s=%s", key, text).doesNotContain("''");
            }
        }
    }

    /** A word for each argument, or a number where the text formats one ({0,number} or a plural as {0,choice}). */
    private static Object[] arguments(String text) {
        Object[] arguments = { "A", "B", "C", "D", "E" };
        Matcher numeric = NUMERIC_ARGUMENT.matcher(text);
        while (numeric.find()) {
            arguments[Integer.parseInt(numeric.group(1))] = 2;
        }
        return arguments;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
