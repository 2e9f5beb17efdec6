package bg.inkindmatch.web.help;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A centre's service on the Help pages: the text the public sees (once approved) and a
 * change that waits for a coordinator.
 */
@Table("help_service")
public record HelpService(@Id Long id, long organisationId, ServiceKind kind, String publishedDescription,
        String publishedContact, String proposedDescription, String proposedContact, Instant proposedAt,
        Instant decidedAt, String decidedBy, @Version Integer version) {

    /** A new service, waiting for approval. */
    static HelpService proposed(long organisationId, ServiceForm form, Instant now) {
        return new HelpService(null, organisationId, form.kind(), null, null, form.description(), form.contact(), now,
                null, null, null);
    }

    /**
     * This service with a change proposed (its kind changes at once; its text after
     * approval).
     */
    HelpService withProposal(ServiceForm form, Instant now) {
        return new HelpService(id, organisationId, form.kind(), publishedDescription, publishedContact,
                form.description(), form.contact(), now, decidedAt, decidedBy, version);
    }

    /** This service with its proposal approved: the public sees it. */
    HelpService approved(String coordinator, Instant now) {
        return new HelpService(id, organisationId, kind, proposedDescription, proposedContact, null, null, null, now,
                coordinator, version);
    }

    /**
     * This service with its proposal turned down: the public keeps seeing what it saw.
     */
    HelpService turnedDown(String coordinator, Instant now) {
        return new HelpService(id, organisationId, kind, publishedDescription, publishedContact, null, null, null, now,
                coordinator, version);
    }

    /** Whether the public sees it. */
    public boolean isPublished() {
        return publishedDescription != null;
    }

    /** Whether a change waits for a coordinator. */
    public boolean isProposed() {
        return proposedDescription != null;
    }

}
