package bg.inkindmatch.web.coordinator;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** Stored coordinators. */
interface CoordinatorRepository extends ListCrudRepository<StoredCoordinator, Long> {

    Optional<StoredCoordinator> findByEmail(String email);

    List<StoredCoordinator> findAllByOrderByEmailAsc();

}
