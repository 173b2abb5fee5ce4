package org.loyaldesk.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A group of agents work can be routed to, such as "Billing" or "Returns". */
@Table("identity_team")
public record Team(@Id Long id, String name) {

    public static Team named(String name) {
        return new Team(null, name);
    }
}
