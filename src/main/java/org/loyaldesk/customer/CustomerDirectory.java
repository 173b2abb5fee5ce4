package org.loyaldesk.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.loyaldesk.customer.CustomerProfile.OrderLineView;
import org.loyaldesk.customer.CustomerProfile.OrderView;
import org.loyaldesk.customer.spi.ContactWarning;
import org.loyaldesk.customer.spi.ContactWarnings;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.StorableText;
import org.loyaldesk.platform.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finding, recognising and merging customers, and the orders they placed. */
@Service
@Transactional
public class CustomerDirectory {

    private final Customers customers;
    private final Orders orders;
    private final ProductCatalog products;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final List<ContactWarnings> warnings;
    private final Transactions transactions;

    CustomerDirectory(Customers customers, Orders orders, ProductCatalog products, JdbcClient jdbc, AuditLog audit,
                      Clock clock, List<ContactWarnings> warnings, Transactions transactions) {
        this.warnings = warnings;
        this.transactions = transactions;
        this.customers = customers;
        this.orders = orders;
        this.products = products;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The customer who wrote from these addresses (the first one identifies them, the others are
     * learned as theirs), for a message about to be filed. It runs in its own short transaction,
     * before and outside the one that files the message: a burst of first-time senders then holds
     * locks on the contact points for milliseconds, not for as long as a large mail takes to store,
     * and a delivery that loses the race to create the same new customer finds the winner's row on
     * its second attempt (a lost race means the winner has committed, so this cannot starve).
     */
    @Transactional(propagation = Propagation.NEVER)
    public CustomerRef recognise(List<ContactAddress> addresses, String name) {
        return transactions.onLatest(() -> {
            CustomerRef customer = identify(addresses.getFirst(), name, null);
            addresses.stream().skip(1).forEach(address -> learnContact(customer.id(), address));
            return customer;
        });
    }

    /**
     * The customer who owns this address, made on first contact. A name or language we learn
     * here fills gaps but never overwrites what an agent set.
     */
    public CustomerRef identify(ContactAddress address, String name, Language language) {
        // runs for every inbound message: a known customer costs one indexed read, not an aggregate load
        Optional<CustomerRef> known = jdbc.sql("""
                SELECT c.id, c.name, c.language FROM customer_contact_point p
                JOIN customer_customer c ON c.id = p.customer_id WHERE p.kind = ? AND p.address = ?""")
            .params(address.kind().name(), address.value())
            .query((rs, row) -> new CustomerRef(rs.getLong(1), rs.getString(2),
                rs.getString(3) == null ? null : Language.valueOf(rs.getString(3))))
            .optional();
        if (known.isEmpty()) {
            return ref(customers.save(Customer.firstSeenAt(address, name, language, clock.instant())));
        }
        CustomerRef customer = known.get();
        boolean learnsName = customer.displayName() == null && name != null && !name.isBlank();
        if (learnsName || (customer.language() == null && language != null)) {
            return complete(customer, name, language);
        }
        return customer.displayName() == null ? new CustomerRef(customer.id(), address.value(), customer.language())
            : customer;
    }

    /** The customer who owns this address, without making one: for a sign-in that must not create customers. */
    @Transactional(readOnly = true)
    public Optional<CustomerRef> owner(ContactAddress address) {
        return jdbc.sql("""
                SELECT c.id, c.name, c.language FROM customer_contact_point p
                JOIN customer_customer c ON c.id = p.customer_id WHERE p.kind = ? AND p.address = ?""")
            .params(address.kind().name(), address.value())
            .query((rs, row) -> new CustomerRef(rs.getLong(1), rs.getString(2) == null ? address.value() : rs.getString(2),
                rs.getString(3) == null ? null : Language.valueOf(rs.getString(3))))
            .optional();
    }

    @Transactional(readOnly = true)
    public Optional<CustomerRef> ref(long id) {
        return customers.findById(id).map(CustomerDirectory::ref);
    }

    /** Display names for a page of conversations, in two queries however long the page. */
    @Transactional(readOnly = true)
    public Map<Long, CustomerRef> refs(Collection<Long> ids) {
        Map<Long, CustomerRef> refs = new HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        Set<Long> distinct = Set.copyOf(ids);
        Map<Long, String> firstContact = new HashMap<>();
        jdbc.sql("SELECT customer_id, address FROM customer_contact_point WHERE customer_id IN (:ids) ORDER BY kind, address")
            .param("ids", distinct)
            .query((rs, row) -> firstContact.putIfAbsent(rs.getLong(1), rs.getString(2))).list();
        jdbc.sql("SELECT id, name, language FROM customer_customer WHERE id IN (:ids)").param("ids", distinct)
            .query((rs, row) -> {
                long id = rs.getLong(1);
                String name = rs.getString(2);
                String display = name != null ? name : firstContact.getOrDefault(id, "#" + id);
                String language = rs.getString(3);
                return refs.put(id, new CustomerRef(id, display, language == null ? null : Language.valueOf(language)));
            }).list();
        return refs;
    }

    @Transactional(readOnly = true)
    public Optional<CustomerProfile> profile(long id) {
        return customers.findById(id).map(this::profile);
    }

    /**
     * What other modules know is wrong with the customer's addresses, by address value. Apart from
     * {@link #profile}, which runs for every reading of a conversation, because only pages show it.
     */
    public Map<String, ContactWarning> warnings(CustomerProfile customer) {
        Map<String, ContactWarning> found = new HashMap<>();
        warnings.forEach(source -> source.about(customer.contacts())
            .forEach((address, warning) -> found.put(address.value(), warning)));
        return found;
    }

    /** The SKUs of everything the customer ordered, for what concerns the owners of a product (a recall, a delay). */
    @Transactional(readOnly = true)
    public Set<String> orderedSkus(long customerId) {
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT l.sku FROM customer_order_line l JOIN customer_order o ON o.id = l.order_id
                WHERE o.customer_id = ?""").param(customerId).query(String.class).list());
    }

    /** Customers whose name or contact address contains the text, for finding a duplicate to merge. */
    @Transactional(readOnly = true)
    public List<CustomerRef> search(String text, int limit) {
        String pattern = "%" + text.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
        List<Long> ids = jdbc.sql("""
                SELECT DISTINCT c.id FROM customer_customer c LEFT JOIN customer_contact_point p ON p.customer_id = c.id
                WHERE c.merged_into_id IS NULL AND (LOWER(c.name) LIKE :p OR p.address LIKE :p)
                ORDER BY c.id FETCH FIRST :limit ROWS ONLY""")
            .param("p", pattern).param("limit", limit).query(Long.class).list();
        Map<Long, CustomerRef> found = refs(ids);
        return ids.stream().map(found::get).toList();
    }

    public void addContact(long customerId, ContactAddress address) {
        Customer customer = customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
        customers.findByContactPoint(address.kind().name(), address.value())
            .filter(owner -> !owner.id().equals(customerId))
            .ifPresent(owner -> {
                throw new ConflictException(address + " belongs to customer " + owner.id() + "; merge the two instead");
            });
        customer.addContactPoint(address);
        customers.save(customer);
        audit.record("customer.contact-added", "customer", customerId, address.toString());
    }

    /**
     * Adds an address the customer also used (a phone number next to their email), unless it
     * already identifies a customer. Returns whether it was added.
     */
    public boolean learnContact(long customerId, ContactAddress address) {
        if (customers.findByContactPoint(address.kind().name(), address.value()).isPresent()) {
            return false;
        }
        if (!customers.existsById(customerId)) {
            throw new NotFoundException("Customer", customerId);
        }
        // one row added, not the aggregate saved: saving would rewrite every contact point of the customer
        jdbc.sql("INSERT INTO customer_contact_point (customer_id, kind, address, phone_key) VALUES (?, ?, ?, ?)")
            .params(customerId, address.kind().name(), address.value(), DuplicateKeys.of(address.kind(), address.value()))
            .update();
        audit.record("customer.contact-learned", "customer", customerId, address.toString());
        return true;
    }

    /**
     * Adds the order, or replaces it when the shop sends the same order number again (an
     * order import is idempotent). Returns true when the order is new.
     */
    public boolean importOrder(long customerId, OrderImport imported) {
        if (!customers.existsById(customerId)) {
            throw new NotFoundException("Customer", customerId);
        }
        Order order = new Order(null, customerId, imported.orderNumber().trim(), imported.orderedAt(), imported.total(),
            imported.currency(), imported.lines().stream()
                .map(line -> new Order.OrderLine(line.sku().trim(), line.quantity(), line.amount())).toList());
        // in SKU order: two orders sharing products lock their catalogue rows in the same order, never crosswise
        imported.lines().stream().sorted(Comparator.comparing(line -> line.sku().trim()))
            .forEach(line -> products.learn(line.sku().trim(), line.name()));
        Optional<Order> existing = orders.findByOrderNumber(order.orderNumber());
        if (existing.isPresent() && !existing.get().customerId().equals(customerId)) {
            throw new ConflictException("Order " + order.orderNumber() + " belongs to customer " + existing.get().customerId());
        }
        orders.save(existing.map(known -> known.replacedBy(order)).orElse(order));
        audit.record(existing.isPresent() ? "order.updated" : "order.imported", "customer", customerId,
            order.orderNumber());
        return existing.isEmpty();
    }

    /** Merges the duplicate into the survivor: contact points, orders and (through the event) conversations move. */
    public CustomerProfile merge(long survivorId, long duplicateId) {
        Customer survivor = customers.findById(survivorId).orElseThrow(() -> new NotFoundException("Customer", survivorId));
        Customer duplicate = customers.findById(duplicateId)
            .orElseThrow(() -> new NotFoundException("Customer", duplicateId));
        survivor.absorb(duplicate);
        customers.save(duplicate);
        orders.moveAll(duplicateId, survivorId);
        Customer saved = customers.save(survivor);
        audit.record("customer.merged", "customer", survivorId, "customer " + duplicateId + " merged into " + survivorId);
        return profile(saved);
    }

    /**
     * Fills in the name or language we did not know, in place: saving the aggregate would delete and
     * re-insert all its contact points, locking them for every message from a customer still
     * without a name. The version moves on so an agent editing the customer sees the change.
     */
    private CustomerRef complete(CustomerRef customer, String name, Language language) {
        String learned = name == null || name.isBlank() ? null : StorableText.of(name).trim();
        jdbc.sql("""
                UPDATE customer_customer SET name = COALESCE(name, :name), name_key = COALESCE(name_key, :nameKey),
                language = COALESCE(language, :language), version = version + 1 WHERE id = :id""")
            .param("name", learned).param("nameKey", DuplicateKeys.name(learned)).param("language", language == null ? null : language.name())
            .param("id", customer.id()).update();
        return ref(customers.findById(customer.id()).orElseThrow());
    }

    private CustomerProfile profile(Customer customer) {
        List<Order> placed = orders.findByCustomerIdOrderByOrderedAtDesc(customer.id());
        Map<String, String> names = products.names(placed.stream()
            .flatMap(order -> order.lines().stream().map(Order.OrderLine::sku)).collect(Collectors.toSet()));
        List<OrderView> views = placed.stream().map(order -> new OrderView(order.orderNumber(), order.orderedAt(),
            order.total(), order.currency(), order.lines().stream()
                .map(line -> new OrderLineView(line.sku(), names.getOrDefault(line.sku(), line.sku()), line.quantity(),
                    line.amount()))
                .toList())).toList();
        // a customer who ordered before their first contact with us has been a customer since that order
        Instant since = placed.stream().map(Order::orderedAt).filter(ordered -> ordered.isBefore(customer.createdAt()))
            .min(Instant::compareTo).orElse(customer.createdAt());
        return new CustomerProfile(customer.id(), customer.name(), customer.displayName(), customer.language(),
            since, customer.mergedIntoId(), customer.contactAddresses(), views);
    }

    private static CustomerRef ref(Customer customer) {
        return new CustomerRef(customer.id(), customer.displayName(), customer.language());
    }
}
