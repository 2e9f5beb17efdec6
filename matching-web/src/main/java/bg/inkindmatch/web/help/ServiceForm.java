package bg.inkindmatch.web.help;

import bg.inkindmatch.web.input.CleanText;
import bg.inkindmatch.web.privacy.NoPersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a centre writes about one of its services: what it offers (no personal data) and
 * how to reach it through its public contact (a hotline, an office's number, a website;
 * never where people live).
 */
public record ServiceForm(@NotNull(message = "{help.kind.required}") ServiceKind kind,
        @NotBlank(message = "{help.description.required}") @Size(max = 1000,
                message = "{field.too-long}") @CleanText(multiline = true) @NoPersonalData String description,
        @NotBlank(message = "{help.contact.required}") @Size(max = 300,
                message = "{field.too-long}") @CleanText String contact) {

    public ServiceForm {
        description = description == null ? "" : description.trim();
        contact = contact == null ? "" : contact.trim();
    }

    /** An empty form. */
    static ServiceForm empty() {
        return new ServiceForm(null, "", "");
    }

    /** The form of a service: its proposal if one waits, else what the public sees. */
    static ServiceForm of(HelpService service) {
        return service.isProposed()
                ? new ServiceForm(service.kind(), service.proposedDescription(), service.proposedContact())
                : new ServiceForm(service.kind(), service.publishedDescription(), service.publishedContact());
    }

}
