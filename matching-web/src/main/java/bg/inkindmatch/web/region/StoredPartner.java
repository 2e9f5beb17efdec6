package bg.inkindmatch.web.region;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A partner of a region's protocol as stored. */
@Table("region_partner")
public record StoredPartner(@Id Long id, String province, String name, PartnerRole role, LocalDate joinedOn,
        String contact, @Version Integer version) {

    static StoredPartner of(PartnerForm form) {
        return new StoredPartner(null, form.province(), form.name().trim(), form.role(), form.joinedOn(),
                form.contact().trim(), null);
    }

}
