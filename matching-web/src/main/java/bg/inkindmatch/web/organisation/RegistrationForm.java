package bg.inkindmatch.web.organisation;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.input.CleanText;
import bg.inkindmatch.web.privacy.NoPersonalData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** What an organisation fills in to register. Bound to the form; never an entity. */
public record RegistrationForm(@NotNull(message = "{organisation.kind.required}") OrganisationKind kind,
        @NotBlank(message = "{organisation.name.required}") @Size(max = 200,
                message = "{field.too-long}") @CleanText @NoPersonalData String name,
        @NotBlank(message = "{organisation.municipality.required}") @Size(max = 5,
                message = "{organisation.municipality.unknown}") String municipality,
        @Size(max = 2000, message = "{field.too-long}") @CleanText(multiline = true) @NoPersonalData String description,
        @NotBlank(message = "{organisation.contact-person.required}") @Size(max = 200,
                message = "{field.too-long}") @CleanText @NoPersonalData String contactPerson,
        @NotBlank(message = "{organisation.email.required}") @Email(message = "{organisation.email.invalid}") @Size(
                max = 254, message = "{field.too-long}") String email,
        @NotBlank(message = "{organisation.phone.required}") @Pattern(regexp = "^[+0-9 ()/.-]{6,40}$",
                message = "{organisation.phone.invalid}") String phone,
        @Pattern(regexp = "^(bg|en)$", message = "{organisation.language.invalid}") String language,
        @Size(max = 13, message = "{organisation.eik.invalid}") @Eik String eik) {

    public RegistrationForm {
        description = description == null ? "" : description;
        language = language == null || language.isBlank() ? "bg" : language;
        eik = eik == null ? "" : eik.strip();
    }

    /** An empty form in the given language. */
    static RegistrationForm empty(String language) {
        return new RegistrationForm(null, "", "", "", "", "", "", language, "");
    }

    /** The e-mail address as it is stored and compared: trimmed and lower-case. */
    String normalisedEmail() {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
