package org.loyaldesk.customer;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.platform.StorableText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person or company we serve, recognised by any of their contact points. */
@Table("customer_customer")
public class Customer extends AbstractAggregateRoot<Customer> {

    @Id
    private Long id;
    private String name;
    // the name as likely duplicates are compared (see DuplicateKeys), kept beside it for an index
    private String nameKey;
    private Language language;
    private final Instant createdAt;
    private Long mergedIntoId;
    @Version
    private Long version;
    @MappedCollection(idColumn = "customer_id")
    private final Set<ContactPoint> contactPoints;

    @PersistenceCreator
    Customer(Long id, String name, String nameKey, Language language, Instant createdAt, Long mergedIntoId,
             Long version, Set<ContactPoint> contactPoints) {
        this.id = id;
        this.name = name;
        this.nameKey = nameKey;
        this.language = language;
        this.createdAt = createdAt;
        this.mergedIntoId = mergedIntoId;
        this.version = version;
        this.contactPoints = new HashSet<>(contactPoints);
    }

    static Customer firstSeenAt(ContactAddress address, String name, Language language, Instant now) {
        String known = blankToNull(name);
        return new Customer(null, known, DuplicateKeys.name(known), language, now, null, null,
            Set.of(ContactPoint.of(address)));
    }

    /** Learn a name or language we did not know yet; what we knew is kept. */
    void complete(String name, Language language) {
        if (this.name == null) {
            this.name = blankToNull(name);
            this.nameKey = DuplicateKeys.name(this.name);
        }
        if (this.language == null) {
            this.language = language;
        }
    }

    void addContactPoint(ContactAddress address) {
        if (contactPoints.stream().noneMatch(point -> point.address().equals(address))) {
            contactPoints.add(ContactPoint.of(address));
        }
    }

    /** Takes over everything the duplicate record knew; the duplicate remains as a pointer to this one. */
    void absorb(Customer duplicate) {
        if (duplicate.id.equals(id)) {
            throw new RuleViolationException("merge-self", "A customer cannot be merged into itself");
        }
        if (duplicate.mergedIntoId != null || mergedIntoId != null) {
            throw new RuleViolationException("already-merged", "Customer " + (mergedIntoId != null ? id : duplicate.id)
                + " was already merged into another customer");
        }
        duplicate.contactPoints.forEach(point -> addContactPoint(point.address()));
        complete(duplicate.name, duplicate.language);
        duplicate.contactPoints.clear();
        duplicate.mergedIntoId = id;
        registerEvent(new CustomersMerged(duplicate.id, id));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Language language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public List<ContactAddress> contactAddresses() {
        return contactPoints.stream().map(ContactPoint::address)
            .sorted(Comparator.comparing(ContactAddress::kind).thenComparing(ContactAddress::value)).toList();
    }

    /** The name to show: the known name, else the first email address or phone number. */
    public String displayName() {
        if (name != null) {
            return name;
        }
        return contactAddresses().stream().findFirst().map(ContactAddress::value).orElse("#" + id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : StorableText.of(value).trim();
    }
}
