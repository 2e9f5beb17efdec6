package bg.inkindmatch.web.coordinator;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an administrator fills in to invite a coordinator: the address, the role and, for
 * a regional coordinator, the provinces.
 */
record InvitationForm(
        @NotBlank(message = "{organisation.email.required}") @Email(message = "{organisation.email.invalid}") @Size(
                max = 254, message = "{field.too-long}") String email,
        @NotNull(message = "{coordinator.team.role.required}") CoordinatorRole role,
        @Size(max = 28, message = "{coordinator.team.provinces.unknown}") List<String> provinces) {

    InvitationForm {
        email = email == null ? "" : email;
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
    }

    static InvitationForm empty() {
        return new InvitationForm("", CoordinatorRole.COORDINATOR, List.of());
    }

}
