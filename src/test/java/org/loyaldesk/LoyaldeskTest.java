package org.loyaldesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with a database of its own (see {@link TestDatabases}).
 * Tagged "database": these tests run a second time on PostgreSQL in CI. All tests with this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
    "loyaldesk.delivery.retry-delays=150ms,150ms",
    "loyaldesk.delivery.poll-interval=100ms",
    // chats go to whoever has the workspace open, whatever the hour the tests run at
    "loyaldesk.chat.live-outside-business-hours=true",
    // other tests count timeline entries: reading reasons on arrival is switched on by the tests of automation
    "loyaldesk.automation.reasons-on-arrival=false" })
public @interface LoyaldeskTest {
}
