package org.loyaldesk.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);

    List<ApiToken> findAllByOrderById();

    @Modifying
    @Query("UPDATE identity_api_token SET last_used_at = :at WHERE id = :id")
    void markUsed(Long id, Instant at);
}
