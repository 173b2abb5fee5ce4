package org.loyaldesk.channel.email;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.ContactKind;
import org.loyaldesk.customer.spi.ContactWarning;
import org.loyaldesk.customer.spi.ContactWarnings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Shows in the customer 360 which of the customer's email addresses a bounce told us mail does not reach. */
@Component
class UndeliverableContacts implements ContactWarnings {

    private final JdbcClient jdbc;

    UndeliverableContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<ContactAddress, ContactWarning> about(List<ContactAddress> addresses) {
        Map<String, ContactAddress> emails = new HashMap<>();
        addresses.stream().filter(address -> address.kind() == ContactKind.EMAIL)
            .forEach(address -> emails.put(address.value(), address));
        Map<ContactAddress, ContactWarning> warnings = new HashMap<>();
        if (emails.isEmpty()) {
            return warnings;
        }
        jdbc.sql("SELECT address, since, COALESCE(reason, '') FROM channel_mail_undeliverable WHERE address IN (:addresses)")
            .param("addresses", emails.keySet())
            .query((rs, n) -> warnings.put(emails.get(rs.getString(1)),
                new ContactWarning("undeliverable", rs.getString(3), instant(rs.getObject(2, OffsetDateTime.class)))))
            .list();
        return warnings;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
