package org.loyaldesk.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Agents extends ListCrudRepository<Agent, Long> {

    Optional<Agent> findByEmail(String email);

    List<Agent> findAllByOrderByName();

    List<Agent> findByTeamIdOrderByName(Long teamId);

    @Query("SELECT active FROM identity_agent WHERE id = :id")
    Optional<Boolean> findActiveById(long id);

    default boolean isActive(long id) {
        return findActiveById(id).orElse(false);
    }
}
