package org.loyaldesk.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.customer.LikelyDuplicate.Reason;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other records of a customer that are probably the same person, for an agent to merge: the same name
 * and the same phone number, or the same name and an email address at the same domain (see
 * {@link DuplicateKeys} for what counts as the same). Records merged away or erased never show.
 */
@Service
@Transactional(readOnly = true)
public class LikelyDuplicates {

    private static final int AT_MOST = 5;

    private final JdbcClient jdbc;
    private final CustomerDirectory directory;

    LikelyDuplicates(JdbcClient jdbc, CustomerDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** At most five suggestions, those sharing a phone number first: a number is more personal than a domain. */
    public List<LikelyDuplicate> of(long customerId) {
        List<String> nameKeys = jdbc.sql("SELECT name_key FROM customer_customer WHERE id = ?").param(customerId)
            .query((rs, row) -> rs.getString(1)).list();
        if (nameKeys.isEmpty()) {
            throw new NotFoundException("Customer", customerId);
        }
        String nameKey = nameKeys.getFirst();
        if (nameKey == null) {
            return List.of();
        }
        Map<Long, Match> found = new LinkedHashMap<>(samePhone(customerId, nameKey));
        sameDomain(customerId, nameKey).forEach(found::putIfAbsent);
        List<Long> shown = found.keySet().stream().limit(AT_MOST).toList();
        Map<Long, CustomerRef> refs = directory.refs(shown);
        return shown.stream().filter(refs::containsKey).map(id -> found.get(id).of(refs.get(id))).toList();
    }

    private Map<Long, Match> samePhone(long customerId, String nameKey) {
        List<String> phones = jdbc.sql("""
                SELECT phone_key FROM customer_contact_point WHERE customer_id = ? AND phone_key IS NOT NULL""")
            .param(customerId).query(String.class).list();
        if (phones.isEmpty()) {
            return Map.of();
        }
        // a phone number is held by one or two records, a name by many: either index finds these quickly
        Map<Long, Match> found = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.id, p.address FROM customer_contact_point p JOIN customer_customer c ON c.id = p.customer_id
                WHERE p.phone_key IN (:phones) AND c.name_key = :nameKey AND c.id <> :id AND c.merged_into_id IS NULL
                ORDER BY c.id, p.address FETCH FIRST :rows ROWS ONLY""")
            .param("phones", phones).param("nameKey", nameKey).param("id", customerId).param("rows", 10 * AT_MOST)
            .query((rs, row) -> found.putIfAbsent(rs.getLong(1), new Match(Reason.SAME_NAME_AND_PHONE, rs.getString(2))))
            .list();
        return found;
    }

    /** The records of the same name with an address at one of the customer's domains. */
    private Map<Long, Match> sameDomain(long customerId, String nameKey) {
        List<String> domains = jdbc.sql("SELECT address FROM customer_contact_point WHERE customer_id = ? AND kind = 'EMAIL'")
            .param(customerId).query(String.class).list().stream().map(DuplicateKeys::emailDomain).distinct().toList();
        if (domains.isEmpty()) {
            return Map.of();
        }
        // the domain is matched with LIKE on purpose: no index can start from a domain that half the
        // customers share (gmail.com), so every plan narrows by the name first
        StringBuilder sameDomain = new StringBuilder();
        for (int i = 0; i < domains.size(); i++) {
            sameDomain.append(i == 0 ? "" : " OR ").append("p.address LIKE :domain").append(i).append(" ESCAPE '\\'");
        }
        var query = jdbc.sql("""
                SELECT c.id, p.address FROM customer_customer c JOIN customer_contact_point p ON p.customer_id = c.id
                WHERE c.name_key = :nameKey AND c.id <> :id AND c.merged_into_id IS NULL AND p.kind = 'EMAIL'
                AND (%s) ORDER BY c.id, p.address FETCH FIRST :rows ROWS ONLY""".formatted(sameDomain))
            .param("nameKey", nameKey).param("id", customerId).param("rows", 10 * AT_MOST);
        for (int i = 0; i < domains.size(); i++) {
            query = query.param("domain" + i, "%@" + domains.get(i).replaceAll("([\\\\%_])", "\\\\$1"));
        }
        Map<Long, Match> found = new LinkedHashMap<>();
        query.query((rs, row) -> found.putIfAbsent(rs.getLong(1),
            new Match(Reason.SAME_NAME_AND_EMAIL_DOMAIN, rs.getString(2)))).list();
        return found;
    }

    /** Why a record was found, and its address that matched. */
    private record Match(Reason reason, String address) {

        LikelyDuplicate of(CustomerRef customer) {
            return new LikelyDuplicate(customer, reason, address,
                reason == Reason.SAME_NAME_AND_EMAIL_DOMAIN ? DuplicateKeys.emailDomain(address) : null);
        }
    }
}
