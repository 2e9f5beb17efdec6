package bg.inkindmatch.web.organisation;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** Registered organisations. */
public interface OrganisationRepository extends ListCrudRepository<StoredOrganisation, Long> {

    /** The organisation with the given (lower-case) contact e-mail. */
    Optional<StoredOrganisation> findByEmail(String email);

    /** Organisations in the given state, oldest registration first. */
    List<StoredOrganisation> findByStatusOrderByRegisteredAtAsc(OrganisationStatus status);

    /** Every organisation, by name. */
    List<StoredOrganisation> findAllByOrderByNameAsc();

}
