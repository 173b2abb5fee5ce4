package org.loyaldesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API token is checked in a filter, before any controller: when the database cannot be reached there (a
 * restart, an empty connection pool), a connector or MTA must still get a 503 with Retry-After and retry, not a
 * 500. The soak (bench/soak.sh) found most requests of a database restart failing here with 500.
 */
class ApiTokenFilterTests {

    @Test
    void aDatabaseThatCannotBeReachedWhileCheckingTheTokenAnswers503WithRetryAfter() throws Exception {
        ApiTokenAuthenticator authenticator = mock(ApiTokenAuthenticator.class);
        when(authenticator.authenticate(anyString()))
            .thenThrow(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"));
        ApiTokenFilter filter = new ApiTokenFilter(authenticator, new ProblemResponses(JsonMapper.builder().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/messages/inbound");
        request.addHeader("Authorization", "Bearer some-token");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("nothing was stored");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }
}
