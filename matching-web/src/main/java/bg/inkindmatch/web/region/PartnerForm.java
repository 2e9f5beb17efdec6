package bg.inkindmatch.web.region;

import bg.inkindmatch.web.input.CleanText;
import bg.inkindmatch.web.privacy.NoPersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * What a coordinator fills in for a partner of the protocol. The contact is the
 * institution's public one, so it may hold a switchboard's number or a website; the name
 * may not hold personal data.
 */
record PartnerForm(
        @NotBlank(message = "{partner.province.required}") @Size(max = 3,
                message = "{partner.province.unknown}") String province,
        @NotBlank(message = "{partner.name.required}") @Size(max = 200,
                message = "{field.too-long}") @CleanText @NoPersonalData String name,
        @NotNull(message = "{partner.role.required}") PartnerRole role,
        @NotNull(message = "{partner.joined.required}") @PastOrPresent(
                message = "{partner.joined.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
        @NotBlank(message = "{partner.contact.required}") @Size(max = 300,
                message = "{field.too-long}") @CleanText String contact) {

    PartnerForm {
        province = province == null ? "" : province;
        name = name == null ? "" : name;
        contact = contact == null ? "" : contact;
    }

    /** An empty form: joined today, in the province given (or none). */
    static PartnerForm empty(LocalDate today, String province) {
        return new PartnerForm(province, "", PartnerRole.RECEIVES_REFERRALS, today, "");
    }

}
