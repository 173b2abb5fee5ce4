package org.loyaldesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.loyaldesk.channel.email.automatic.AutomaticMail;

/** Every flag the email channel puts on a message has a label in both languages, not "??flag.x??". */
class MailFlagLabelsTests {

    @Test
    void everyFlagHasADutchAndAnEnglishLabel() throws IOException {
        List<String> flags = new ArrayList<>(List.of("spam", "bounce", "loop", "unparseable", "problems"));
        for (AutomaticMail.Kind kind : AutomaticMail.Kind.values()) {
            flags.add(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (String bundle : List.of("/messages.properties", "/messages_nl.properties")) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                labels.load(in);
            }
            for (String flag : flags) {
                assertThat(labels.getProperty("flag." + flag)).as(bundle + " flag." + flag).isNotBlank();
            }
        }
    }
}
