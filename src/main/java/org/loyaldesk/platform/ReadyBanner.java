package org.loyaldesk.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Loyaldesk where to find it. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final LoyaldeskProperties properties;

    ReadyBanner(LoyaldeskProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        String url = properties.publicUrl();
        if (url == null && ready.getApplicationContext() instanceof WebServerApplicationContext web) {
            url = "http://localhost:" + web.getWebServer().getPort();
        }
        log.info("Loyaldesk is ready at {} (API documentation: {}/api/docs/ui)", url, url);
    }
}
