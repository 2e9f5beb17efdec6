package bg.inkindmatch.web.organisation;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, Mailer mailer, InKindProperties properties,
                        ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.mailer = mailer;
        this.properties = properties;
        this.events = events;
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

    /** What e-mail the organisation gets from now on. */
    @Transactional
    public Organisation changeMailPreference(long id, MailPreference preference) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new OrganisationNotFoundException(id));
        return organisation.mailPreference() == preference ? organisation
                : organisations.save(organisation.withMailPreference(preference));
    }

    /**
     * Stops or resumes new proposals for the organisation's posts; proposals already made stay as they
     * are. Published as {@link ProposalsPauseChanged}, so matching takes it into account.
     */
    @Transactional
    public Organisation pauseProposals(long id, boolean paused) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new OrganisationNotFoundException(id));
        if (organisation.proposalsPaused() == paused) {
            return organisation;
        }
        Organisation changed = organisations.save(organisation.withProposalsPaused(paused));
        events.publishEvent(new ProposalsPauseChanged(id, paused));
        return changed;
    }
}
