package bg.inkindmatch.web.workspace;

import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.Registrations;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is signed in and what waits for them, for the header of every page: the
 * organisation's name (or the coordinator's address) and the counts the navigation shows
 * ("Свързвания (2)"). Asked by the layout only when someone is signed in: a count query
 * or two.
 */
@Component("signedIn")
public class SignedIn {

    private final OrganisationRepository organisations;

    private final MatchService matches;

    private final Coordinators coordinators;

    private final Registrations registrations;

    SignedIn(OrganisationRepository organisations, MatchService matches, Coordinators coordinators,
            Registrations registrations) {
        this.registrations = registrations;
        this.organisations = organisations;
        this.matches = matches;
        this.coordinators = coordinators;
    }

    /**
     * The header's view of the signed-in person; null for an anonymous visitor.
     */
    public Summary of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return summary(authentication.getName());
    }

    private Summary summary(String email) {
        StoredOrganisation organisation = organisations.findByEmail(email)
            .filter(StoredOrganisation::isApproved)
            .orElse(null);
        int waiting = coordinators.scopeOf(email)
            .map(scope -> (int) registrations.waitingForApproval()
                .stream()
                .filter(pending -> coordinators.covers(scope, pending.municipality()))
                .count())
            .orElse(0);
        return new Summary(organisation != null ? organisation.name() : email,
                organisation != null ? matches.countWaitingFor(organisation) : 0, waiting);
    }

    /**
     * @param name the organisation's name, or the address of a coordinator without one
     * @param matchesWaiting proposals to answer and agreed matches to hand over
     * @param registrationsWaiting registrations waiting for this coordinator's approval
     */
    public record Summary(String name, int matchesWaiting, int registrationsWaiting) {
    }

}
