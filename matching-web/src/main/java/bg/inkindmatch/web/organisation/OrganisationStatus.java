package bg.inkindmatch.web.organisation;

/**
 * Where an organisation's registration stands. Only approved organisations post, match or
 * get e-mail.
 */
public enum OrganisationStatus {

    PENDING, APPROVED, REJECTED

}
