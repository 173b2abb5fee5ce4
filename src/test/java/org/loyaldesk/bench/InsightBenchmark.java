package org.loyaldesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.loyaldesk.Loyaldesk;
import org.loyaldesk.insight.Auc;
import org.loyaldesk.insight.ChurnRisks;
import org.loyaldesk.insight.EffortModels;
import org.loyaldesk.insight.LogisticRegression;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The insight figures of BENCHMARKS.md: (1) the churn pipeline (features → standardised logistic
 * regression → AUC) on the IBM Telco churn set, on a held-out fifth and by 5-fold cross-validation;
 * (2) on the demo shop: the effort calibration's fit and the churn model's held-out AUC;
 * (3) the latency of the dashboard pages, chart data and CSV export on the demo data.
 * Run it with bench/insight.sh.
 */
public final class InsightBenchmark {

    private InsightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        telco(Datasets.ROOT.resolve("churn/ibm-telco/Telco-Customer-Churn.csv"));
        demo();
        System.exit(0);
    }

    static void telco(Path file) throws IOException {
        List<String[]> rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
            .map(line -> line.split(",", -1)).toList();
        String[] categorical = { "gender", "Partner", "Dependents", "PhoneService", "MultipleLines", "InternetService",
            "OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies",
            "Contract", "PaperlessBilling", "PaymentMethod" };
        String[] header = Files.readAllLines(file, StandardCharsets.UTF_8).getFirst().split(",");
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        List<String> features = new ArrayList<>(List.of("SeniorCitizen", "log tenure", "MonthlyCharges",
            "log TotalCharges"));
        Map<String, Integer> oneHot = new HashMap<>();
        for (String name : categorical) {
            rows.stream().map(row -> row[column.get(name)]).distinct().sorted().skip(1).forEach(value -> {
                oneHot.put(name + "=" + value, features.size());
                features.add(name + "=" + value);
            });
        }
        double[][] x = new double[rows.size()][];
        boolean[] y = new boolean[rows.size()];
        boolean[] heldOut = new boolean[rows.size()];
        int[] fold = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            double[] v = new double[features.size()];
            v[0] = Double.parseDouble(row[column.get("SeniorCitizen")]);
            v[1] = Math.log1p(Double.parseDouble(row[column.get("tenure")]));
            v[2] = Double.parseDouble(row[column.get("MonthlyCharges")]);
            String total = row[column.get("TotalCharges")].trim();
            v[3] = Math.log1p(total.isEmpty() ? 0 : Double.parseDouble(total));
            for (String name : categorical) {
                Integer index = oneHot.get(name + "=" + row[column.get(name)]);
                if (index != null) {
                    v[index] = 1;
                }
            }
            x[r] = v;
            y[r] = "Yes".equals(row[column.get("Churn")]);
            int bucket = Math.floorMod(row[column.get("customerID")].hashCode() * 31 + 7, 5);
            heldOut[r] = bucket == 0;
            fold[r] = bucket;
        }
        double[][] trainX = filter(x, heldOut, false);
        boolean[] trainY = filter(y, heldOut, false);
        double[][] testX = filter(x, heldOut, true);
        boolean[] testY = filter(y, heldOut, true);
        long started = System.nanoTime();
        LogisticRegression model = LogisticRegression.fit(trainX, trainY, 1.0);
        long fitMillis = (System.nanoTime() - started) / 1_000_000;
        double[] scores = Arrays.stream(testX).mapToDouble(model::probability).toArray();
        double auc = Auc.of(scores, testY);
        double cv = Auc.crossValidated(x, y, fold, 5, 1.0);
        System.out.printf(Locale.ROOT, "telco: %d customers, %d features, churn rate %.3f%n", rows.size(),
            features.size(), count(y) / (double) y.length);
        System.out.printf(Locale.ROOT, "telco: held-out fifth n=%d AUC %.4f (fit on %d in %d ms)%n", testY.length, auc,
            trainY.length, fitMillis);
        System.out.printf(Locale.ROOT, "telco: 5-fold cross-validated AUC %.4f%n", cv);
    }

    static void demo() throws Exception {
        Path data = Files.createTempDirectory("loyaldesk-bench-");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Loyaldesk.class).run("--server.port=0",
            "--loyaldesk.data-dir=" + data, "--loyaldesk.demo=true", "--spring.main.banner-mode=off",
            "--logging.level.root=WARN", "--loyaldesk.insight.first-training=1s",
            "--loyaldesk.insight.training-interval=1s")) {
            System.out.printf(Locale.ROOT, "demo: started with demo data in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
            ChurnRisks risks = app.getBean(ChurnRisks.class);
            EffortModels effort = app.getBean(EffortModels.class);
            long waitStarted = System.nanoTime();
            String last = "";
            for (int i = 0; i < 240; i++) {
                String now = risks.fingerprint();
                if (now.equals(last) && now.equals(risks.model().fingerprint()) && risks.model().auc() != null) {
                    break;
                }
                last = now;
                Thread.sleep(500);
            }
            System.out.printf(Locale.ROOT, "demo: history read and models trained %d ms after start (%s: churn marks/"
                + "conversations/answers)%n", (System.nanoTime() - waitStarted) / 1_000_000, last);
            var fit = effort.current().fit();
            if (fit != null) {
                System.out.printf(Locale.ROOT, "demo: effort calibration on %d CES answers: R2 %.3f, RMSE %.3f (default "
                    + "costs RMSE %.3f)%n", fit.answers(), fit.r2(), fit.rmse(), fit.defaultRmse());
            }
            System.out.printf(Locale.ROOT, "demo: churn model %s, AUC on held-out customers %.3f (%d customers, %d "
                + "churned)%n", risks.model().learned() ? "learned" : "prior", risks.model().auc(),
                risks.model().labelled(), risks.model().churned());
            latency(((WebServerApplicationContext) app).getWebServer().getPort());
        }
    }

    static void latency(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://127.0.0.1:" + port;
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        csrf.find();
        String form = "username=" + URLEncoder.encode("sanne@loyaldesk.demo", StandardCharsets.UTF_8)
            + "&password=loyaldesk&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        for (String path : List.of("/insight/loyalty", "/insight/loyalty/data", "/insight/coaching",
            "/insight/coaching/data", "/insight/loyalty/export/conversations.csv")) {
            long[] nanos = new long[100];
            for (int i = -20; i < nanos.length; i++) {
                long begin = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - begin;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "latency %-45s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms (100 sequential)%n",
                path, nanos[49] / 1e6, nanos[94] / 1e6, nanos[99] / 1e6);
        }
    }

    private static double[][] filter(double[][] x, boolean[] held, boolean keep) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (held[i] == keep) {
                kept.add(x[i]);
            }
        }
        return kept.toArray(new double[0][]);
    }

    private static boolean[] filter(boolean[] y, boolean[] held, boolean keep) {
        boolean[] kept = new boolean[(int) java.util.stream.IntStream.range(0, y.length).filter(i -> held[i] == keep)
            .count()];
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (held[i] == keep) {
                kept[k++] = y[i];
            }
        }
        return kept;
    }

    private static int count(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            count += value ? 1 : 0;
        }
        return count;
    }
}
