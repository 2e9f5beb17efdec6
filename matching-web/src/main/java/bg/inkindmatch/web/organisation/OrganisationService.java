package bg.inkindmatch.web.organisation;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Registration and approval of organisations, with the e-mails each step sends. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Mailer mailer;
    private final InKindProperties properties;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, Mailer mailer, InKindProperties properties, Clock clock) {
        this.organisations = organisations;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Registers an organisation as pending and tells the coordinators. An address that is already
     * registered gets an e-mail instead, and the caller learns nothing: the page must not reveal
     * which addresses are registered.
     */
    @Transactional
    public void register(RegistrationForm form) {
        Optional<Organisation> existing = organisations.findByEmail(form.normalisedEmail());
        if (existing.isPresent()) {
            Organisation known = existing.get();
            mailer.send(known.email(), known.language(), "registration-exists",
                    Map.of("signInLink", properties.link("/sign-in")));
            return;
        }
        Organisation saved = organisations.save(Organisation.register(form, clock.instant()));
        mailer.send(saved.email(), saved.language(), "registration-received", Map.of("organisation", saved));
        for (String coordinator : properties.coordinators()) {
            mailer.send(coordinator, "bg", "organisation-to-approve",
                    Map.of("organisation", saved, "link", properties.link("/coordinator/organisations")), saved.name());
        }
    }

    /** A coordinator's decision on a registration; the organisation is told by e-mail. */
    @Transactional
    public Organisation decide(long id, OrganisationStatus decision, String coordinator) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new OrganisationNotFoundException(id));
        if (organisation.status() == decision) {
            return organisation;
        }
        Organisation decided = organisations.save(organisation.decided(decision, coordinator, clock.instant()));
        String template = decision == OrganisationStatus.APPROVED ? "organisation-approved" : "organisation-rejected";
        mailer.send(decided.email(), decided.language(), template,
                Map.of("organisation", decided, "signInLink", properties.link("/sign-in")));
        return decided;
    }
}
