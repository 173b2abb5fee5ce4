package org.loyaldesk.chat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the widget presents itself and whom it serves, as an admin set it.
 *
 * @param name           shown in the widget's header; null: the help centre's name
 * @param colour         the widget's accent colour as #rrggbb; null: the help centre's colour
 * @param allowedOrigins the shop sites (scheme, host and port) that may carry the widget, besides Loyaldesk itself
 * @param identitySecret the secret a shop signs its logged-in customer with; null: no signed visitors
 */
public record ChatSettings(String name, String colour, List<String> allowedOrigins, String identitySecret) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public ChatSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Never the secret: a record's own toString would print it into any log that prints the settings. */
    @Override
    public String toString() {
        return "ChatSettings[name=" + name + ", colour=" + colour + ", allowedOrigins=" + allowedOrigins
            + ", identitySecret=" + (hasIdentitySecret() ? "(set)" : "(none)") + "]";
    }

    public boolean hasIdentitySecret() {
        return identitySecret != null && !identitySecret.isBlank();
    }

    /** An admin's colour, checked: the widget puts it in a style sheet. */
    static String colour(String typed) {
        String colour = typed == null ? "" : typed.strip();
        if (colour.isEmpty()) {
            return null;
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw ChatRefusal.invalid("A colour is written as #rrggbb, e.g. #0f766e");
        }
        return colour.toLowerCase(Locale.ROOT);
    }

    /** An admin's list of origins, one per line or separated by spaces or commas, each checked and normalised. */
    static List<String> origins(String typed) {
        List<String> origins = new ArrayList<>();
        for (String part : (typed == null ? "" : typed).split("[\\s,]+")) {
            if (!part.isBlank()) {
                String origin = origin(part.strip());
                if (!origins.contains(origin)) {
                    origins.add(origin);
                }
            }
        }
        return origins;
    }

    /** {@code https://shop.example.com} from what an admin or a browser gives; refused unless http(s) with a host. */
    static String origin(String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null) {
                throw ChatRefusal.invalid("'" + value + "' is not an origin such as https://shop.example.com");
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (java.net.URISyntaxException e) {
            throw ChatRefusal.invalid("'" + value + "' is not an origin such as https://shop.example.com");
        }
    }
}
