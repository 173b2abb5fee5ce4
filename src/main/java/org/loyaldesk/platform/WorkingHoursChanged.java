package org.loyaldesk.platform;

/** An admin changed the business hours: whatever is measured in them (service-level due times) is due again. */
public record WorkingHoursChanged(BusinessHours hours) {
}
