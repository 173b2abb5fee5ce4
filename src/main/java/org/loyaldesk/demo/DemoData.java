package org.loyaldesk.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.loyaldesk.channel.email.MailIngest;
import org.loyaldesk.conversation.ConversationHistoryImport;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.StaffAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty installation with the demo shop on first start. {@code loyaldesk.demo} is
 * {@code auto} by default: on for the embedded database, off for PostgreSQL unless set to {@code true}.
 * A database that already has agents is never touched.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final String mode;
    private final DataSource dataSource;
    private final AgentDirectory directory;
    private final StaffAdministration staff;
    private final CustomerDirectory customers;
    private final ConversationHistoryImport importer;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final MailIngest mailIngest;
    private final Clock clock;

    DemoData(@Value("${loyaldesk.demo:auto}") String mode, DataSource dataSource, AgentDirectory directory,
             StaffAdministration staff, CustomerDirectory customers, ConversationHistoryImport importer, JsonMapper json,
             TransactionTemplate transactions, MailIngest mailIngest, Clock clock) {
        this.mode = mode;
        this.dataSource = dataSource;
        this.directory = directory;
        this.staff = staff;
        this.customers = customers;
        this.importer = importer;
        this.json = json;
        this.transactions = transactions;
        this.mailIngest = mailIngest;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!wanted() || directory.hasAnyAgent()) {
            return;
        }
        long started = System.nanoTime();
        int conversations = transactions.execute(status -> {
            Random random = new Random(20261122);
            DemoStaff demoStaff = DemoStaff.create(staff);
            List<DemoCustomers.Shopper> shoppers = DemoCustomers.create(customers, random, clock.instant());
            return new DemoConversations(json, demoStaff, random, clock.instant()).create(importer, shoppers);
        });
        int mails = DemoMail.deliver(mailIngest);
        log.info("Demo data: a webshop with 6 agents, 52 customers and {} conversations ({} of them fresh mail), made in {} ms",
            conversations + mails, mails, (System.nanoTime() - started) / 1_000_000);
    }

    private boolean wanted() throws SQLException {
        if ("true".equalsIgnoreCase(mode)) {
            return true;
        }
        if (!"auto".equalsIgnoreCase(mode)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
    }
}
