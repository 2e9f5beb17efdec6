package bg.inkindmatch.web.mail;

import java.util.Optional;

/**
 * The links an e-mail to a member organisation carries so that it can change what e-mail
 * it gets, or stop it; implemented where organisations live.
 */
public interface RecipientLinks {

    /** The links for the recipient, if the address is a member organisation's. */
    Optional<PreferenceLinks> forRecipient(String recipient);

    /**
     * @param preferences a page (no sign-in) to choose per-proposal e-mails, a daily
     * digest, or none
     * @param oneClickStop the RFC 8058 one-click address: a POST there stops e-mails
     */
    record PreferenceLinks(String preferences, String oneClickStop) {
    }

}
