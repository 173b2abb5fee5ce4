package org.loyaldesk.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

    /** Runs on every API call, so its SQL is written out rather than derived anew each time. */
    @Query("SELECT * FROM identity_api_token WHERE token_hash = :tokenHash AND revoked = FALSE")
    Optional<ApiToken> findActiveByTokenHash(String tokenHash);

    List<ApiToken> findAllByOrderById();

    @Modifying
    @Query("UPDATE identity_api_token SET last_used_at = :at WHERE id = :id")
    void markUsed(Long id, Instant at);
}
