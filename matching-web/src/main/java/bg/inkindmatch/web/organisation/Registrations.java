package bg.inkindmatch.web.organisation;

import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.LinkSigner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The confirmation of a registration's address, and which registrations the coordinators
 * have heard of. A registration is only a claim until the link of its first e-mail is
 * used: until then no coordinator sees it or hears of it, so that registrations in bulk
 * cost the coordinators nothing; an unconfirmed registration is forgotten after
 * {@link #FORGOTTEN_AFTER}, and its address may register again.
 */
@Service
public class Registrations {

    /** How long a confirmation link works. */
    static final Duration LINK_VALIDITY = Duration.ofDays(2);

    /** How long an unconfirmed registration is kept. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(7);

    private static final LinkSigner.Kind<Confirmation> CONFIRMATION = new LinkSigner.Kind<>("confirm", 2,
            confirmation -> List.of(Long.toString(confirmation.organisationId()),
                    Long.toString(confirmation.expiresAt().getEpochSecond())),
            fields -> new Confirmation(Long.parseLong(fields.get(0)),
                    Instant.ofEpochSecond(Long.parseLong(fields.get(1)))));

    private final JdbcClient jdbc;

    private final LinkSigner signer;

    private final InKindProperties properties;

    private final OrganisationRepository organisations;

    private final Clock clock;

    Registrations(JdbcClient jdbc, LinkSigner signer, InKindProperties properties, OrganisationRepository organisations,
            Clock clock) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The signed link that confirms the registration's address. */
    String confirmationLink(long organisationId) {
        return properties.link("/register/confirm/"
                + signer.sign(CONFIRMATION, new Confirmation(organisationId, clock.instant().plus(LINK_VALIDITY))));
    }

    /**
     * Whether the token is exactly such a link, unexpired, of a registration that exists.
     */
    boolean isValid(String token) {
        return organisationOf(token).isPresent();
    }

    /**
     * Confirms the address of the link's registration; confirming again changes nothing.
     * @return false if the link was changed, has expired or its registration was
     * forgotten
     */
    @Transactional
    public boolean confirm(String token) {
        Optional<Long> organisation = organisationOf(token);
        organisation.ifPresent(id -> jdbc
            .sql("update organisation set email_confirmed_at = :now where id = :id and email_confirmed_at is null")
            .param("now", Timestamp.from(clock.instant()))
            .param("id", id)
            .update());
        return organisation.isPresent();
    }

    private Optional<Long> organisationOf(String token) {
        return signer.verify(CONFIRMATION, token)
            .filter(confirmation -> confirmation.expiresAt().isAfter(clock.instant()))
            .map(Confirmation::organisationId)
            .filter(id -> jdbc.sql("select count(*) from organisation where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single() > 0);
    }

    /**
     * The registrations that wait for a coordinator's approval, oldest first: pending,
     * with their address confirmed.
     */
    public List<StoredOrganisation> waitingForApproval() {
        List<StoredOrganisation> pending = organisations.findByStatusOrderByRegisteredAtAsc(OrganisationStatus.PENDING);
        Set<Long> confirmed = confirmed(pending.stream().map(StoredOrganisation::id).toList());
        return pending.stream().filter(organisation -> confirmed.contains(organisation.id())).toList();
    }

    /** Which of the organisations have confirmed their address. */
    public Set<Long> confirmed(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select id from organisation where email_confirmed_at is not null and id in (:ids)")
                    .param("ids", List.copyOf(organisationIds))
                    .query(Long.class)
                    .list());
    }

    /**
     * The confirmed registrations waiting for approval that no coordinator has heard of
     * yet: id and municipality.
     */
    public List<Waiting> toAnnounce() {
        return jdbc.sql("""
                select id, municipality from organisation
                where status = 'PENDING' and email_confirmed_at is not null and announced_at is null
                order by id""").query((rs, row) -> new Waiting(rs.getLong(1), rs.getString(2))).list();
    }

    /** Marks registrations as announced to their coordinators. */
    @Transactional
    public void announced(Collection<Long> organisationIds) {
        if (!organisationIds.isEmpty()) {
            jdbc.sql("update organisation set announced_at = :now where id in (:ids)")
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", List.copyOf(organisationIds))
                .update();
        }
    }

    /** Forgets the registrations whose address was not confirmed in time. */
    @Transactional
    public int forgetUnconfirmed() {
        return jdbc.sql("""
                delete from organisation
                where status = 'PENDING' and email_confirmed_at is null and registered_at < :before""")
            .param("before", Timestamp.from(clock.instant().minus(FORGOTTEN_AFTER)))
            .update();
    }

    /**
     * A confirmed registration waiting for approval.
     *
     * @param organisationId the organisation
     * @param municipality its municipality, which says which coordinators answer for it
     */
    public record Waiting(long organisationId, String municipality) {
    }

    /** What a confirmation link says. */
    record Confirmation(long organisationId, Instant expiresAt) {
    }

}
