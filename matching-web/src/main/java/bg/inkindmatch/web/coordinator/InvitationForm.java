package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.core.place.Places;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

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

    /**
     * Why the provinces do not fit, as a message key: one that does not exist, or none
     * for a regional coordinator.
     */
    Optional<String> provincesRefusal(Places places) {
        if (!provinces.stream().allMatch(code -> places.province(code).isPresent())) {
            return Optional.of("coordinator.team.provinces.unknown");
        }
        if (role == CoordinatorRole.COORDINATOR && provinces.isEmpty()) {
            return Optional.of("coordinator.team.provinces.required");
        }
        return Optional.empty();
    }

    static InvitationForm empty() {
        return new InvitationForm("", CoordinatorRole.COORDINATOR, List.of());
    }

}
