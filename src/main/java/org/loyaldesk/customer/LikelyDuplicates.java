package org.loyaldesk.customer;

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

    // a suggestion list longer than this is a common name, not a duplicate
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
        // the name narrows through one index, the shared keys through another: no scan of all customers
        List<Match> matches = jdbc.sql("""
                SELECT c.id, MAX(CASE WHEN p.kind = 'PHONE' THEN 1 ELSE 0 END) AS by_phone,
                       MIN(CASE WHEN p.kind = 'EMAIL' THEN p.match_key END) AS shared_domain
                FROM customer_customer c
                JOIN customer_contact_point p ON p.customer_id = c.id
                JOIN customer_contact_point mine ON mine.customer_id = :id
                     AND mine.kind = p.kind AND mine.match_key = p.match_key
                WHERE c.name_key = :nameKey AND c.id <> :id AND c.merged_into_id IS NULL
                GROUP BY c.id
                ORDER BY by_phone DESC, c.id
                FETCH FIRST :limit ROWS ONLY""")
            .param("id", customerId).param("nameKey", nameKey).param("limit", AT_MOST)
            .query((rs, row) -> new Match(rs.getLong(1), rs.getInt(2) == 1, rs.getString(3))).list();
        Map<Long, CustomerRef> refs = directory.refs(matches.stream().map(Match::customerId).toList());
        return matches.stream().filter(match -> refs.containsKey(match.customerId()))
            .map(match -> match.byPhone()
                ? new LikelyDuplicate(refs.get(match.customerId()), Reason.SAME_NAME_AND_PHONE, null)
                : new LikelyDuplicate(refs.get(match.customerId()), Reason.SAME_NAME_AND_EMAIL_DOMAIN, match.domain()))
            .toList();
    }

    private record Match(long customerId, boolean byPhone, String domain) {
    }
}
