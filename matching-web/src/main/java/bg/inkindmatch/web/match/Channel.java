package bg.inkindmatch.web.match;

/**
 * How a match changed: a matching round, a button in the application, an e-mail link, the
 * expiry job.
 */
public enum Channel {

    ROUND, BUTTON, EMAIL_LINK, EXPIRY_JOB

}
