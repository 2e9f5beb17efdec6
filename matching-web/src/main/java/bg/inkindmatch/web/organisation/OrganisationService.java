package bg.inkindmatch.web.organisation;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Registration and approval of organisations, with the e-mails each step sends. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;

    private final Mailer mailer;

    private final InKindProperties properties;

    private final ApplicationEventPublisher events;

    private final Registrations registrations;

    private final Clock clock;

    private final JdbcClient jdbc;

    OrganisationService(OrganisationRepository organisations, Mailer mailer, InKindProperties properties,
            ApplicationEventPublisher events, Registrations registrations, Clock clock, JdbcClient jdbc) {
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.mailer = mailer;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an organisation as pending, unconfirmed: its first e-mail carries the
     * link that confirms the address, and only then do the coordinators of its region see
     * it (and hear of it in their next digest). An address that is already registered
     * gets an e-mail instead (at most once a day), and the caller learns nothing: the
     * page must not reveal which addresses are registered. Nobody has proved yet that the
     * address is the registrant's, so no e-mail carries a word the registrant wrote: they
     * would make this form a relay for anybody's text to anybody's address.
     */
    @Transactional
    public void register(RegistrationForm form) {
        Optional<StoredOrganisation> existing = organisations.findByEmail(form.normalisedEmail());
        if (existing.isPresent()) {
            StoredOrganisation known = existing.get();
            if (firstNoticeToday(known)) {
                mailer.send(known.email(), known.language(), "registration-exists",
                        Map.of("signInLink", properties.link("/sign-in")));
            }
            return;
        }
        StoredOrganisation saved = organisations.save(StoredOrganisation.register(form, clock.instant()));
        mailer.send(saved.email(), saved.language(), "registration-received", Map.of("confirmLink",
                registrations.confirmationLink(saved.id()), "validDays", Registrations.LINK_VALIDITY.toDays()));
    }

    /**
     * Claims today's "already registered" notice for the organisation; false if it had
     * one in the last day.
     */
    private boolean firstNoticeToday(StoredOrganisation organisation) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update organisation set exists_notice_at = :now
                where id = :id and (exists_notice_at is null or exists_notice_at <= :dayAgo)""")
            .param("now", Timestamp.from(now))
            .param("id", organisation.id())
            .param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
            .update() == 1;
    }

    /** A coordinator's decision on a registration; the organisation is told by e-mail. */
    @Transactional
    public StoredOrganisation decide(long id, OrganisationStatus decision, String coordinator) {
        StoredOrganisation organisation = organisations.findById(id)
            .orElseThrow(() -> new OrganisationNotFoundException(id));
        if (organisation.status() == decision) {
            return organisation;
        }
        StoredOrganisation decided = organisations.save(organisation.decided(decision, coordinator, clock.instant()));
        String template = decision == OrganisationStatus.APPROVED ? "organisation-approved" : "organisation-rejected";
        mailer.send(decided.email(), decided.language(), template,
                Map.of("organisation", decided, "signInLink", properties.link("/sign-in")));
        return decided;
    }

    /** What e-mail the organisation gets from now on. */
    @Transactional
    public StoredOrganisation changeMailPreference(long id, MailPreference preference) {
        StoredOrganisation organisation = organisations.findById(id)
            .orElseThrow(() -> new OrganisationNotFoundException(id));
        return organisation.mailPreference() == preference ? organisation
                : organisations.save(organisation.withMailPreference(preference));
    }

    /**
     * Stops or resumes new proposals for the organisation's posts; proposals already made
     * stay as they are. Published as {@link ProposalsPauseChanged}, so matching takes it
     * into account.
     */
    @Transactional
    public StoredOrganisation pauseProposals(long id, boolean paused) {
        StoredOrganisation organisation = organisations.findById(id)
            .orElseThrow(() -> new OrganisationNotFoundException(id));
        if (organisation.proposalsPaused() == paused) {
            return organisation;
        }
        StoredOrganisation changed = organisations.save(organisation.withProposalsPaused(paused));
        events.publishEvent(new ProposalsPauseChanged(id, paused));
        return changed;
    }

}
