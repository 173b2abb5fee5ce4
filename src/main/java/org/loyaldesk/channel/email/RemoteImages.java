package org.loyaldesk.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches an image a customer's mail points to, for an agent who chose to see it: from Loyaldesk, not from the
 * agent's browser, without cookies or a referrer, so the sender learns at most that "a server" looked, not who or
 * from where. Only raster images of at most 5 MB, only from public addresses (never this machine or the internal
 * network, which a mail could otherwise make Loyaldesk probe), at most three redirects, each checked again.
 */
@Component
public class RemoteImages {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int MAX_REDIRECTS = 3;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final boolean privateNetworks;

    /** @param privateNetworks also fetch from private and loopback addresses: only for tests and closed networks */
    RemoteImages(@Value("${loyaldesk.mail.remote-images-from-private-networks:false}") boolean privateNetworks) {
        this.privateNetworks = privateNetworks;
    }

    public record Image(String contentType, byte[] content) {
    }

    /** The image, or empty when it cannot or may not be fetched: an image that does not show is all the agent sees. */
    public Optional<Image> fetch(String address) {
        try {
            URI uri = URI.create(address.strip());
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                if (!allowed(uri)) {
                    return Optional.empty();
                }
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "Loyaldesk image proxy").header("Accept", "image/*").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    int status = response.statusCode();
                    if (status >= 300 && status < 400) {
                        Optional<String> location = response.headers().firstValue("Location");
                        if (location.isEmpty()) {
                            return Optional.empty();
                        }
                        uri = uri.resolve(location.get());
                        continue;
                    }
                    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                    if (status != 200 || !isRaster(type)) {
                        return Optional.empty();
                    }
                    byte[] content = body.readNBytes((int) MAX_BYTES + 1);
                    return content.length > MAX_BYTES ? Optional.empty()
                        : Optional.of(new Image(type.split(";")[0].strip(), content));
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** SVG can carry script; only pictures made of pixels are passed on. */
    static boolean isRaster(String contentType) {
        return contentType.startsWith("image/png") || contentType.startsWith("image/jpeg")
            || contentType.startsWith("image/gif") || contentType.startsWith("image/webp");
    }

    boolean allowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return false;
        }
        if (privateNetworks) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
            || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        // carrier-grade NAT 100.64.0.0/10 and 0.0.0.0/8
        return ((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) || bytes[0] == 0;
    }
}
