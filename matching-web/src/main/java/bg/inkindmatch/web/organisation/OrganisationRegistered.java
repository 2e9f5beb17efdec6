package bg.inkindmatch.web.organisation;

/**
 * An organisation registered and waits for approval; published inside the transaction
 * that registered it.
 *
 * @param organisationId the organisation
 * @param municipality where it is, which decides whose approval it waits for
 */
public record OrganisationRegistered(long organisationId, String municipality) {
}
