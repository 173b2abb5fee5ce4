package org.loyaldesk.channel.email;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.ContactKind;
import org.loyaldesk.customer.spi.ContactWarning;
import org.loyaldesk.customer.spi.ContactWarnings;
import org.springframework.stereotype.Component;

/** Shows in the customer 360 which of the customer's email addresses a bounce told us mail does not reach. */
@Component
class UndeliverableContacts implements ContactWarnings {

    private final UndeliverableAddresses undeliverable;

    UndeliverableContacts(UndeliverableAddresses undeliverable) {
        this.undeliverable = undeliverable;
    }

    @Override
    public Map<ContactAddress, ContactWarning> about(List<ContactAddress> addresses) {
        Map<String, ContactAddress> emails = addresses.stream().filter(address -> address.kind() == ContactKind.EMAIL)
            .collect(Collectors.toMap(ContactAddress::value, Function.identity(), (first, same) -> first));
        Map<ContactAddress, ContactWarning> warnings = new HashMap<>();
        undeliverable.marked(emails.keySet()).forEach(marked -> warnings.put(emails.get(marked.address()),
            new ContactWarning("undeliverable", marked.reason(), marked.since())));
        return warnings;
    }
}
