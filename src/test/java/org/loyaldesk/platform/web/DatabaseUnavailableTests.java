package org.loyaldesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * When the database cannot serve a request for a moment (a lock wait that timed out, no
 * connection to be had, a database restarting), a sender is told to come back shortly with a 503
 * and Retry-After: a mail transfer agent or connector then retries, where a 500 looks like a
 * defect. The failures are the exception types Spring turns the databases' answers into.
 */
class DatabaseUnavailableTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingDatabase())
        .setControllerAdvice(new ApiProblems()).build();

    @ParameterizedTest
    @ValueSource(strings = { "lock-timeout", "query-timeout", "connection-lost", "no-transaction" })
    void aDatabaseThatCannotServeNowAnswers503WithRetryAfter(String failure) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/fails/" + failure)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("5");
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(result.getResponse().getContentAsString()).contains("nothing was stored");
    }

    @RestController
    static class FailingDatabase {

        @PostMapping("/api/v1/fails/{failure}")
        void fail(@PathVariable String failure) {
            Supplier<RuntimeException> error = switch (failure) {
                case "lock-timeout" -> () -> new CannotAcquireLockException("Timeout trying to lock table");
                case "query-timeout" -> () -> new QueryTimeoutException("canceling statement due to statement timeout");
                case "connection-lost" -> () -> new DataAccessResourceFailureException("Connection refused");
                default -> () -> new CannotCreateTransactionException("Could not open JDBC Connection");
            };
            throw error.get();
        }
    }
}
