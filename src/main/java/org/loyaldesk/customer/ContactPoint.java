package org.loyaldesk.customer;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A contact address as stored on its customer. */
@Table("customer_contact_point")
record ContactPoint(@Id Long id, ContactKind kind, @Column("address") String value, String phoneKey) {

    static ContactPoint of(ContactAddress address) {
        return new ContactPoint(null, address.kind(), address.value(), DuplicateKeys.of(address.kind(), address.value()));
    }

    ContactAddress address() {
        return new ContactAddress(kind, value);
    }
}
