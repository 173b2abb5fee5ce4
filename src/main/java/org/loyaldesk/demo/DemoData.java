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
import org.loyaldesk.insight.CustomerChurn;
import org.loyaldesk.insight.RecoveryActions;
import org.loyaldesk.survey.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.loyaldesk.knowledge.Articles;
import org.loyaldesk.knowledge.Categories;
import org.loyaldesk.knowledge.Synonyms;

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
    private final Surveys surveys;
    private final CustomerChurn churn;
    private final RecoveryActions recovery;
    private final Categories categories;
    private final Articles knowledge;
    private final Synonyms synonyms;

    DemoData(@Value("${loyaldesk.demo:auto}") String mode, DataSource dataSource, AgentDirectory directory,
             StaffAdministration staff, CustomerDirectory customers, ConversationHistoryImport importer, JsonMapper json,
             TransactionTemplate transactions, MailIngest mailIngest, Clock clock, Surveys surveys,
             CustomerChurn churn, RecoveryActions recovery, Categories categories, Articles knowledge,
             Synonyms synonyms) {
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
        this.surveys = surveys;
        this.churn = churn;
        this.recovery = recovery;
        this.categories = categories;
        this.knowledge = knowledge;
        this.synonyms = synonyms;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!wanted() || directory.hasAnyAgent()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261122);
        List<DemoConversations.Played> played = transactions.execute(status -> {
            DemoStaff demoStaff = DemoStaff.create(staff);
            List<DemoCustomers.Shopper> shoppers = DemoCustomers.create(customers, random, clock.instant());
            DemoConversations demo = new DemoConversations(json, demoStaff, random, clock.instant());
            demo.create(importer, shoppers);
            return demo.played();
        });
        int mails = DemoMail.deliver(mailIngest);
        int articles = transactions.execute(status -> DemoKnowledge.create(json, categories, knowledge, synonyms));
        log.info("Demo data: a webshop with 6 agents, 52 customers, {} conversations ({} of them fresh mail) and {} "
            + "help-centre articles, made in {} ms", played.size() + mails, mails, articles,
            (System.nanoTime() - started) / 1_000_000);
        // what customers answered and did afterwards is not needed to log in: it follows while the first page loads
        Thread.ofVirtual().name("demo-loyalty").start(() -> addLoyaltyHistory(played, random));
    }

    private void addLoyaltyHistory(List<DemoConversations.Played> played, Random random) {
        long started = System.nanoTime();
        try {
            transactions.executeWithoutResult(status ->
                new DemoLoyalty(surveys, churn, recovery, random, clock.instant()).add(played));
            log.info("Demo loyalty history (survey answers, recovery, churn) made in {} ms",
                (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo loyalty history not made: {}", e.getMessage());
        }
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
