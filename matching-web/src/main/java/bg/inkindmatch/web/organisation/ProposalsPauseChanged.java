package bg.inkindmatch.web.organisation;

/**
 * An organisation stopped or resumed taking new proposals; published inside the
 * transaction.
 *
 * @param organisationId the organisation
 * @param paused whether it takes no new proposals now
 */
public record ProposalsPauseChanged(long organisationId, boolean paused) {
}
