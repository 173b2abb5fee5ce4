package org.loyaldesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a database of its own: an in-memory H2 by default, or a
 * fresh schema in the PostgreSQL named by LOYALDESK_TEST_PG_URL when the build runs with
 * {@code -Dloyaldesk.test.database=postgres} (the second test run of .ci/run). Also a data
 * directory of its own and no demo data unless a test asks for it.
 */
public class TestDatabases implements ContextCustomizerFactory {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("loyaldesk.test.database"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer();
    }

    /** All instances are equal, so that the context cache still shares contexts between test classes. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context.getEnvironment().getProperty("loyaldesk.test.own-database", Boolean.class, false)) {
                return;
            }
            Map<String, Object> properties = new HashMap<>();
            String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            if (onPostgres()) {
                RequiredService.require("PostgreSQL", RequiredService.env("LOYALDESK_TEST_PG_URL") != null,
                    "set LOYALDESK_TEST_PG_URL/_USER/_PASSWORD (.ci/services.sh does)");
                String url = System.getenv("LOYALDESK_TEST_PG_URL");
                createSchema(url, name);
                properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
                properties.put("spring.datasource.username", System.getenv("LOYALDESK_TEST_PG_USER"));
                properties.put("spring.datasource.password", System.getenv("LOYALDESK_TEST_PG_PASSWORD"));
                properties.put("spring.flyway.schemas", name);
            } else if (!context.getEnvironment().getProperty("loyaldesk.test.h2-on-disk", Boolean.class, false)) {
                properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            } // else: the production URL, an H2 file in the test's own data directory (real disk waits)
            try {
                properties.put("loyaldesk.data-dir", Files.createTempDirectory("loyaldesk-test-").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if ("auto".equals(context.getEnvironment().getProperty("loyaldesk.demo"))) {
                properties.put("loyaldesk.demo", "false");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
        }

        private static void createSchema(String url, String schema) {
            try (Connection connection = DriverManager.getConnection(url, System.getenv("LOYALDESK_TEST_PG_USER"),
                System.getenv("LOYALDESK_TEST_PG_PASSWORD")); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create test schema " + schema + " in " + url, e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(url, schema)));
        }

        private static void dropSchema(String url, String schema) {
            try (Connection connection = DriverManager.getConnection(url, System.getenv("LOYALDESK_TEST_PG_USER"),
                System.getenv("LOYALDESK_TEST_PG_PASSWORD")); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
