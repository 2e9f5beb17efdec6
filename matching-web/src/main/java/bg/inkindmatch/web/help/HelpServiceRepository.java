package bg.inkindmatch.web.help;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** The centres' services. */
interface HelpServiceRepository extends ListCrudRepository<HelpService, Long> {

    List<HelpService> findByOrganisationIdOrderByIdAsc(long organisationId);

    List<HelpService> findAllByOrderByKindAscIdAsc();

}
