package bg.inkindmatch.web.region;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Stored partners. */
interface PartnerRepository extends ListCrudRepository<StoredPartner, Long> {

    List<StoredPartner> findByProvinceOrderByRoleAscNameAsc(String province);

    List<StoredPartner> findAllByOrderByProvinceAscRoleAscNameAsc();

}
