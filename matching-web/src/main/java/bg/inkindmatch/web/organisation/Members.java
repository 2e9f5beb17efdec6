package bg.inkindmatch.web.organisation;

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

}
