package bg.inkindmatch.web.organisation;

import bg.inkindmatch.core.organisation.OrganisationKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The organisation of the signed-in member. */
@Component
public class Members {

    private final OrganisationRepository organisations;

    Members(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /**
     * The approved organisation of the signed-in member.
     * @throws AccessDeniedException (a 403 page) for anyone else
     */
    public StoredOrganisation current(UserDetails member) {
        return organisations.findByEmail(member.getUsername())
            .filter(StoredOrganisation::isApproved)
            .orElseThrow(() -> new AccessDeniedException("not a member of an approved organisation"));
    }

    /**
     * The approved organisation of the signed-in member, which must be of the given kind.
     * @throws AccessDeniedException (a 403 page) for anyone else
     */
    public StoredOrganisation current(UserDetails member, OrganisationKind kind) {
        return organisations.findByEmail(member.getUsername())
            .filter(StoredOrganisation::isApproved)
            .filter(organisation -> organisation.kind() == kind)
            .orElseThrow(() -> new AccessDeniedException("not an approved " + kind));
    }

}
