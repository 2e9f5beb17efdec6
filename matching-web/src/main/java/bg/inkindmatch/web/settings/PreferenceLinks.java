package bg.inkindmatch.web.settings;

import bg.inkindmatch.web.mail.RecipientLinks;
import bg.inkindmatch.web.organisation.Organisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.LinkSigner;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed link, in every e-mail to a member organisation, to its e-mail preferences. It opens
 * without signing in and does not expire (an "unsubscribe" link must keep working); it can do nothing
 * but choose what e-mail the organisation gets.
 */
@Component
class PreferenceLinks implements RecipientLinks {

    private static final String KIND = "prefs";

    private final LinkSigner signer;
    private final OrganisationRepository organisations;
    private final InKindProperties properties;

    PreferenceLinks(LinkSigner signer, OrganisationRepository organisations, InKindProperties properties) {
        this.signer = signer;
        this.organisations = organisations;
        this.properties = properties;
    }

    @Override
    public Optional<RecipientLinks.PreferenceLinks> forRecipient(String recipient) {
        return organisations.findByEmail(recipient).filter(Organisation::isApproved).map(organisation -> {
            String token = token(organisation.id());
            return new RecipientLinks.PreferenceLinks(properties.link("/e/" + token), properties.link("/e/" + token + "/stop"));
        });
    }

    /** The token for an organisation. */
    String token(long organisationId) {
        String claim = KIND + "." + organisationId;
        return claim + "." + signer.sign(claim);
    }

    /** The organisation a token names, if it is well formed and rightly signed. */
    Optional<Long> organisationOf(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !KIND.equals(parts[0]) || !signer.isSignatureOf(parts[0] + "." + parts[1], parts[2])) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
