package org.loyaldesk.customer;

/**
 * Another customer record that is probably the same person, and why we think so.
 *
 * @param address     the other record's phone number or email address that matched, to tell records of one name apart
 * @param emailDomain the domain both have an email address at, for {@link Reason#SAME_NAME_AND_EMAIL_DOMAIN}
 */
public record LikelyDuplicate(CustomerRef customer, Reason reason, String address, String emailDomain) {

    public enum Reason {
        SAME_NAME_AND_PHONE, SAME_NAME_AND_EMAIL_DOMAIN
    }
}
