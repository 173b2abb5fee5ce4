package org.loyaldesk.knowledge;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public help centre presents itself ({@code loyaldesk.help.*}).
 *
 * @param name   the company name in the header and page titles
 * @param colour the accent colour, as #rrggbb
 */
@ConfigurationProperties("loyaldesk.help")
public record HelpCentreSettings(@DefaultValue("Loyaldesk") String name, @DefaultValue("#0f766e") String colour) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public HelpCentreSettings {
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("loyaldesk.help.colour is a colour such as #0f766e; got '" + colour + "'");
        }
    }
}
