package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the interface exists in English and in Dutch. */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = { "messages", "insight", "survey", "search", "knowledge", "knowledge-team", "portal", "privacy",
        "notices" })
    void dutchAndEnglishHaveTheSameTexts(String bundle) throws IOException {
        Properties english = load("/" + bundle + ".properties");
        Properties dutch = load("/" + bundle + "_nl.properties");

        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english).isNotEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
