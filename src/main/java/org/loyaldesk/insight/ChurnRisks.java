package org.loyaldesk.insight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.loyaldesk.customer.CustomerActivity;
import org.loyaldesk.survey.SurveyAnswer;
import org.loyaldesk.survey.SurveyResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Churn risk per customer: learned from the customers marked as churned once there are enough of
 * them (and judged by AUC on held-out customers), the prior weights until then.
 */
@Service
public class ChurnRisks {

    /** Fewer customers of either kind than this, and a learned model would only learn noise. */
    static final int MINIMUM_OF_EACH = 8;
    static final int FOLDS = 5;
    private static final String NAME = "churn";

    private final CustomerActivity activity;
    private final ConversationSignals signals;
    private final SurveyResults surveys;
    private final CustomerChurn churn;
    private final InsightModels models;
    private final JdbcClient jdbc;
    /** Not the web's mapper: that one writes enums in lower case, which it cannot read back. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;
    private final AtomicReference<ChurnModel> current = new AtomicReference<>();

    ChurnRisks(CustomerActivity activity, ConversationSignals signals, SurveyResults surveys, CustomerChurn churn,
               InsightModels models, JdbcClient jdbc, Clock clock) {
        this.activity = activity;
        this.signals = signals;
        this.surveys = surveys;
        this.churn = churn;
        this.models = models;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ChurnModel model() {
        ChurnModel model = current.get();
        if (model == null) {
            model = models.load(NAME, ChurnModel.class).orElseGet(ChurnModel::prior);
            current.set(model);
        }
        return model;
    }

    /** One customer's features, as of now or as of the day they left. */
    private record Row(CustomerActivity.Activity customer, double[] features, Instant churnedAt) {
    }

    /**
     * Trains on every customer (marked churned or not), judges the model on held-out customers,
     * keeps it, and scores every customer with it.
     */
    @Transactional
    public ChurnModel train() {
        Instant now = clock.instant();
        List<Row> rows = rows(now);
        boolean[] left = new boolean[rows.size()];
        double[][] x = new double[rows.size()][];
        int[] fold = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).features();
            left[i] = rows.get(i).churnedAt() != null;
            fold[i] = (int) Math.floorMod(rows.get(i).customer().customerId() * 7919L, FOLDS);
        }
        int churned = count(left);
        ChurnModel model;
        if (churned >= MINIMUM_OF_EACH && rows.size() - churned >= MINIMUM_OF_EACH) {
            LogisticRegression fitted = LogisticRegression.fit(x, left, 1.0);
            double auc = Auc.crossValidated(x, left, fold, FOLDS, 1.0);
            model = new ChurnModel(fitted.means(), fitted.scales(), fitted.weights(), fitted.bias(), true, auc,
                rows.size(), churned, now, fingerprint());
        } else {
            ChurnModel prior = ChurnModel.prior();
            double[] scores = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                scores[i] = prior.risk(x[i]);
            }
            double auc = Auc.of(scores, left);
            model = prior.judged(Double.isNaN(auc) ? null : auc, rows.size(), churned, now, fingerprint());
        }
        models.store(NAME, model, now);
        current.set(model);
        rows.forEach(row -> store(row, model));
        return model;
    }

    /** Scores one customer again with the model in use, after something about them changed. */
    @Transactional
    public void rescore(long customerId) {
        activity.of(customerId).ifPresent(customer -> {
                Instant churnedAt = churn.of(customerId).map(CustomerChurn.Churned::at).orElse(null);
                Instant asOf = churnedAt != null ? churnedAt : clock.instant();
                double[] x = ChurnFeatures.of(asOf, customer.since(), customer.purchases(),
                    signals.ofCustomer(customerId), surveys.ofCustomer(customerId));
                store(new Row(customer, x, churnedAt), model());
            });
    }

    /** A summary of what the data looks like now: a model trained on other data is due for training again. */
    @Transactional(readOnly = true)
    public String fingerprint() {
        return count("insight_customer_churn") + "/" + count("insight_conversation_signal") + "/"
            + surveys.answerCount();
    }

    @Transactional(readOnly = true)
    public Optional<CustomerRisk> of(long customerId) {
        return jdbc.sql("""
                SELECT r.*, c.churned_at FROM insight_customer_risk r
                LEFT JOIN insight_customer_churn c ON c.customer_id = r.customer_id WHERE r.customer_id = ?""")
            .param(customerId).query((rs, row) -> risk(rs, null)).optional();
    }

    /** Every customer's risk with their names: current customers by risk, highest first, then those who left. */
    @Transactional(readOnly = true)
    public List<CustomerRisk> all() {
        Map<Long, String> names = activity.all().stream()
            .collect(Collectors.toMap(CustomerActivity.Activity::customerId, CustomerActivity.Activity::displayName));
        return jdbc.sql("""
                SELECT r.*, c.churned_at FROM insight_customer_risk r
                LEFT JOIN insight_customer_churn c ON c.customer_id = r.customer_id
                ORDER BY CASE WHEN c.churned_at IS NULL THEN 0 ELSE 1 END, r.churn_risk DESC, r.customer_id""")
            .query((rs, row) -> risk(rs, names.get(rs.getLong("customer_id")))).list().stream()
            .filter(risk -> risk.name() != null).toList();
    }

    private List<Row> rows(Instant now) {
        Map<Long, Instant> churnedAt = churn.all();
        Map<Long, List<ConversationSignal>> byCustomer = signals.since(Instant.EPOCH).stream()
            .collect(Collectors.groupingBy(ConversationSignal::customerId));
        Map<Long, List<SurveyAnswer>> answers = surveys.since(Instant.EPOCH).stream()
            .collect(Collectors.groupingBy(SurveyAnswer::customerId));
        List<Row> rows = new ArrayList<>();
        for (CustomerActivity.Activity customer : activity.all()) {
            Instant left = churnedAt.get(customer.customerId());
            double[] x = ChurnFeatures.of(left != null ? left : now, customer.since(), customer.purchases(),
                byCustomer.getOrDefault(customer.customerId(), List.of()),
                answers.getOrDefault(customer.customerId(), List.of()));
            rows.add(new Row(customer, x, left));
        }
        return rows;
    }

    private void store(Row row, ChurnModel model) {
        double risk = row.churnedAt() != null ? 1.0 : model.risk(row.features());
        Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
        BigDecimal revenue = row.customer().purchases().stream().filter(p -> p.orderedAt().isAfter(yearAgo))
            .map(CustomerActivity.Purchase::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        jdbc.sql("DELETE FROM insight_customer_risk WHERE customer_id = ?").param(row.customer().customerId()).update();
        jdbc.sql("INSERT INTO insight_customer_risk (customer_id, churn_risk, reasons, yearly_revenue, computed_at) "
                + "VALUES (?, ?, ?, ?, ?)")
            .params(row.customer().customerId(), Math.round(risk * 1000) / 1000.0,
                JSON.writeValueAsString(model.reasons(row.features())), revenue,
                ConversationSignals.utc(clock.instant()))
            .update();
    }

    private CustomerRisk risk(java.sql.ResultSet rs, String name) throws java.sql.SQLException {
        List<ChurnModel.Reason> reasons = JSON.readValue(rs.getString("reasons"),
            new TypeReference<List<ChurnModel.Reason>>() { });
        return new CustomerRisk(rs.getLong("customer_id"), name, rs.getDouble("churn_risk"), reasons,
            rs.getBigDecimal("yearly_revenue"), ConversationSignals.instant(rs, "churned_at"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static int count(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            count += value ? 1 : 0;
        }
        return count;
    }
}
