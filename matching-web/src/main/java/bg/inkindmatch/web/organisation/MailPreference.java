package bg.inkindmatch.web.organisation;

/**
 * What e-mail an organisation wants about its matches. Whatever it chooses, it sees every
 * match in the application; sign-in links and decisions about its registration are always
 * sent.
 */
public enum MailPreference {

    /** An e-mail for each proposal, agreement and reminder. */
    IMMEDIATE,
    /**
     * Proposals and last-chance reminders gathered in one e-mail a day; a CRITICAL need's
     * at once.
     */
    DAILY,
    /** No e-mail about matches and posts. */
    NONE;

    /** Whether e-mail about matches goes out at all. */
    public boolean wantsMail() {
        return this != NONE;
    }

    /**
     * Whether a proposal, or its reminder, is sent at once rather than in the digest (or
     * not at all).
     */
    public boolean sendsAtOnce(boolean critical) {
        return this == IMMEDIATE || (this == DAILY && critical);
    }

    /** Whether a proposal, or its reminder, waits for the daily digest. */
    public boolean waitsForDigest(boolean critical) {
        return this == DAILY && !critical;
    }

}
