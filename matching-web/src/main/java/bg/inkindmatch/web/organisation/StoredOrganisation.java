package bg.inkindmatch.web.organisation;

import bg.inkindmatch.core.organisation.OrganisationKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A registered company or centre. There is no address: a centre names public handover
 * points on its needs. The contact person, e-mail and phone are shown to another
 * organisation only after both agreed on a match.
 */
@Table("organisation")
public record StoredOrganisation(@Id Long id, OrganisationKind kind, String name, String municipality,
        String description, String contactPerson, String email, String phone, String eik, String language,
        OrganisationStatus status, Instant registeredAt, Instant decidedAt, String decidedBy,
        MailPreference mailPreference, boolean proposalsPaused, @Version Integer version) {

    /** A new, pending registration. */
    static StoredOrganisation register(RegistrationForm form, Instant now) {
        return new StoredOrganisation(null, form.kind(), form.name().trim(), form.municipality(),
                form.description().trim(), form.contactPerson().trim(), form.normalisedEmail(), form.phone().trim(),
                form.eik().isBlank() ? null : form.eik(), form.language(), OrganisationStatus.PENDING, now, null, null,
                MailPreference.IMMEDIATE, false, null);
    }

    /** This organisation after a coordinator's decision. */
    StoredOrganisation decided(OrganisationStatus decision, String coordinator, Instant now) {
        return new StoredOrganisation(id, kind, name, municipality, description, contactPerson, email, phone, eik,
                language, decision, registeredAt, now, coordinator, mailPreference, proposalsPaused, version);
    }

    /** This organisation with another e-mail preference. */
    StoredOrganisation withMailPreference(MailPreference preference) {
        return new StoredOrganisation(id, kind, name, municipality, description, contactPerson, email, phone, eik,
                language, status, registeredAt, decidedAt, decidedBy, preference, proposalsPaused, version);
    }

    /** This organisation taking, or not taking, new proposals. */
    StoredOrganisation withProposalsPaused(boolean paused) {
        return new StoredOrganisation(id, kind, name, municipality, description, contactPerson, email, phone, eik,
                language, status, registeredAt, decidedAt, decidedBy, mailPreference, paused, version);
    }

    /** Whether a coordinator approved it. */
    public boolean isApproved() {
        return status == OrganisationStatus.APPROVED;
    }
}
