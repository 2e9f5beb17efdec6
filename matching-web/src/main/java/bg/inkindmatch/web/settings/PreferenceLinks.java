package bg.inkindmatch.web.settings;

import bg.inkindmatch.web.mail.RecipientLinks;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.LinkSigner;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The signed link, in every e-mail to a member organisation, to its e-mail preferences.
 * It opens without signing in and does not expire (an "unsubscribe" link must keep
 * working); it can do nothing but choose what e-mail the organisation gets.
 */
@Component
record PreferenceLinks(LinkSigner signer, OrganisationRepository organisations,
        InKindProperties properties) implements RecipientLinks {

    /** Preference links: the organisation. */
    private static final LinkSigner.Kind<Long> PREFERENCES = new LinkSigner.Kind<>("prefs", 1,
            organisationId -> List.of(Long.toString(organisationId)), fields -> Long.parseLong(fields.get(0)));

    @Override
    public Optional<RecipientLinks.PreferenceLinks> forRecipient(String recipient) {
        return organisations.findByEmail(recipient).filter(StoredOrganisation::isApproved).map(organisation -> {
            String token = token(organisation.id());
            return new RecipientLinks.PreferenceLinks(properties.link("/e/" + token),
                    properties.link("/e/" + token + "/stop"));
        });
    }

    /** The token for an organisation. */
    String token(long organisationId) {
        return signer.sign(PREFERENCES, organisationId);
    }

    /**
     * The organisation a token names, if it is exactly such a token and rightly signed.
     */
    Optional<Long> organisationOf(String token) {
        return signer.verify(PREFERENCES, token);
    }

}
