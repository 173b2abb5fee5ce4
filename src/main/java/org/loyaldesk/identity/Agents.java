package org.loyaldesk.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Agents extends ListCrudRepository<Agent, Long> {

    Optional<Agent> findByEmail(String email);

    List<Agent> findAllByOrderByName();
}
