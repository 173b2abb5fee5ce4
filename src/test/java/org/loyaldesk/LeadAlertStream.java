package org.loyaldesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A lead's open page listening to its alerts, as the browser's EventSource would. */
public final class LeadAlertStream {

    private LeadAlertStream() {
    }

    /** Each alert of these kinds ("sla", "rule", "spike"…) as "kind data", in the order it arrives. */
    public static BlockingQueue<String> listen(Browser browser, String... kinds) throws Exception {
        Set<String> wanted = Set.of(kinds);
        BlockingQueue<String> alerts = new LinkedBlockingQueue<>();
        BufferedReader page = new BufferedReader(new InputStreamReader(browser.stream("/insight/alerts"),
            StandardCharsets.UTF_8));
        assertThat(page.readLine()).isEqualTo("event:ready");
        Thread.ofVirtual().start(() -> {
            try {
                String event = "";
                for (String line = page.readLine(); line != null; line = page.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6);
                    } else if (wanted.contains(event) && line.startsWith("data:")) {
                        alerts.add(event + " " + line.substring(5));
                    }
                }
            } catch (Exception closed) {
                // the page went away
            }
        });
        return alerts;
    }
}
