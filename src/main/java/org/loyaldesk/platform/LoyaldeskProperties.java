package org.loyaldesk.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings an operator sets by environment variable or application.yml.
 *
 * @param dataDir        where the embedded database, search index and mail store live ({@code LOYALDESK_DATA_DIR})
 * @param bootstrapToken a secret that works as an admin API token, for provisioning ({@code LOYALDESK_BOOTSTRAP_TOKEN})
 * @param maxTextLength  the longest message text the API accepts, in characters
 * @param maxRequestBytes the largest JSON request body the API accepts
 * @param publicUrl      how users reach this instance, printed at start and used in links
 * @param timeZone       the time zone times are shown in
 */
@ConfigurationProperties("loyaldesk")
public record LoyaldeskProperties(
    @DefaultValue("./data") Path dataDir,
    String bootstrapToken,
    @DefaultValue("100000") int maxTextLength,
    @DefaultValue("1048576") long maxRequestBytes,
    String publicUrl,
    @DefaultValue("Europe/Amsterdam") ZoneId timeZone) {

    /** Where links in mail we send start: the public URL without a trailing slash, or this machine's default port. */
    public String linkBase() {
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
