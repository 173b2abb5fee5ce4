package org.loyaldesk.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Teams extends ListCrudRepository<Team, Long> {

    Optional<Team> findByName(String name);

    List<Team> findAllByOrderByName();
}
