package bg.inkindmatch.web.account;

import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.coordinator.Coordinators;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may sign in: the contact e-mail of an approved organisation (roles MEMBER and
 * COMPANY or CENTRE) and the coordinators' addresses (role COORDINATOR, and ADMIN for
 * those who see the whole country). Sign-in is passwordless, so the accounts have no
 * password.
 */
@Service
public class MemberDetailsService implements UserDetailsService {

    public static final String MEMBER = "MEMBER";

    public static final String COORDINATOR = "COORDINATOR";

    /** A coordinator of the whole country, who invites the others. */
    public static final String ADMIN = "ADMIN";

    private final OrganisationRepository organisations;

    private final Coordinators coordinators;

    MemberDetailsService(OrganisationRepository organisations, Coordinators coordinators) {
        this.organisations = organisations;
        this.coordinators = coordinators;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    /** The account of the address, if it may sign in. */
    public Optional<UserDetails> find(String email) {
        String address = normalise(email);
        List<String> roles = new ArrayList<>();
        coordinators.scopeOf(address).ifPresent(scope -> {
            roles.add(COORDINATOR);
            if (scope.wholeCountry()) {
                roles.add(ADMIN);
            }
        });
        organisations.findByEmail(address).filter(StoredOrganisation::isApproved).ifPresent(o -> {
            roles.add(MEMBER);
            roles.add(o.kind().name());
        });
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(User.withUsername(address).password("").roles(roles.toArray(String[]::new)).build());
    }

    /**
     * The language to write to the address in: its organisation's choice, or Bulgarian.
     */
    public String languageOf(String email) {
        return organisations.findByEmail(normalise(email)).map(StoredOrganisation::language).orElse("bg");
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

}
