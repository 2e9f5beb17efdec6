package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.LinkSigner;
import bg.inkindmatch.web.system.OwnTransaction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The partnership's coordinators: the administrators of the configuration (the
 * bootstrap), and the administrators and regional coordinators they invite by a signed,
 * expiring link.
 */
@Service
public record Coordinators(CoordinatorRepository coordinators, InKindProperties properties, LinkSigner signer,
        Mailer mailer, MatchingEngine engine, Clock clock, OwnTransaction transaction) {

    /** How long an invitation can be accepted. */
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private static final LinkSigner.Kind<Invitation> INVITATION = new LinkSigner.Kind<>("invite", 2,
            invitation -> List.of(Long.toString(invitation.coordinatorId()),
                    Long.toString(invitation.expiresAt().getEpochSecond())),
            fields -> new Invitation(Long.parseLong(fields.get(0)),
                    Instant.ofEpochSecond(Long.parseLong(fields.get(1)))));

    /** What the address may see as a coordinator, if it is one. */
    public Optional<CoordinatorScope> scopeOf(String email) {
        String address = normalised(email);
        if (properties.isCoordinator(address)) {
            return Optional.of(CoordinatorScope.national());
        }
        return coordinators.findByEmail(address).filter(StoredCoordinator::isAccepted).map(StoredCoordinator::scope);
    }

    /**
     * What the signed-in coordinator may see.
     * @throws AccessDeniedException (a 403 page) for anyone else
     */
    public CoordinatorScope scopeOf(UserDetails coordinator) {
        return scopeOf(coordinator.getUsername()).orElseThrow(() -> new AccessDeniedException("not a coordinator"));
    }

    /**
     * The province of a municipality, or an empty code if there is no such municipality.
     */
    public String provinceOf(String municipality) {
        return engine.places().municipality(municipality).map(Municipality::provinceCode).orElse("");
    }

    /** Whether a place is in the coordinator's scope. */
    public boolean covers(CoordinatorScope scope, String municipality) {
        return scope.covers(provinceOf(municipality));
    }

    /**
     * Who hears of a new organisation in the municipality: every administrator and its
     * region's coordinators.
     */
    List<String> answeringFor(String municipality) {
        String province = provinceOf(municipality);
        List<String> addresses = new ArrayList<>(properties.coordinators());
        coordinators.findAllByOrderByEmailAsc()
            .stream()
            .filter(StoredCoordinator::isAccepted)
            .filter(coordinator -> coordinator.scope().covers(province))
            .map(StoredCoordinator::email)
            .filter(address -> !addresses.contains(address))
            .forEach(addresses::add);
        return addresses;
    }

    /** The invited coordinators, by address. */
    List<StoredCoordinator> all() {
        return coordinators.findAllByOrderByEmailAsc();
    }

    /**
     * Invites an address, or invites it again with the new role and provinces if it has
     * not accepted yet; the invitation e-mail carries a link valid for seven days.
     * @return false if the address is a coordinator already
     */
    public boolean invite(String invitedBy, String email, CoordinatorRole role, Set<String> provinces) {
        return Boolean.TRUE.equals(transaction.call(status -> inviteNow(invitedBy, email, role, provinces)));
    }

    private boolean inviteNow(String invitedBy, String email, CoordinatorRole role, Set<String> provinces) {
        String address = normalised(email);
        Optional<StoredCoordinator> existing = coordinators.findByEmail(address);
        if (properties.isCoordinator(address) || existing.filter(StoredCoordinator::isAccepted).isPresent()) {
            return false;
        }
        existing.ifPresent(coordinators::delete);
        StoredCoordinator invited = coordinators
            .save(StoredCoordinator.invited(address, role, provinces, invitedBy, clock.instant()));
        String token = signer.sign(INVITATION, new Invitation(invited.id(), clock.instant().plus(INVITATION_VALIDITY)));
        mailer.send(address, "bg", "coordinator-invitation",
                Map.of("link", properties.link("/invitation/" + token), "validDays", INVITATION_VALIDITY.toDays()));
        return true;
    }

    /**
     * The invitation a link names, if the link is exactly such a link and has not
     * expired.
     */
    Optional<StoredCoordinator> invitation(String token) {
        return signer.verify(INVITATION, token)
            .filter(invitation -> invitation.expiresAt().isAfter(clock.instant()))
            .flatMap(invitation -> coordinators.findById(invitation.coordinatorId()));
    }

    /** Accepts an invitation; accepting it again changes nothing. */
    public Optional<StoredCoordinator> accept(String token) {
        return invitation(token).map(coordinator -> coordinator.isAccepted() ? coordinator
                : coordinators.save(coordinator.accepted(clock.instant())));
    }

    /** Sets the provinces a regional coordinator answers for. */
    public void answerFor(long id, Set<String> provinces) {
        coordinators.findById(id).ifPresent(coordinator -> coordinators.save(coordinator.answeringFor(provinces)));
    }

    /**
     * Takes a coordinator's access away (at their next request), unless they are the last
     * administrator: then nobody could invite or remove anyone any more.
     * @return false if the coordinator was kept as the last administrator
     */
    public boolean remove(long id) {
        return Boolean.TRUE.equals(transaction.call(status -> {
            Optional<StoredCoordinator> removed = coordinators.findById(id);
            if (removed.filter(StoredCoordinator::isAccepted)
                .filter(coordinator -> coordinator.role() == CoordinatorRole.ADMIN)
                .isPresent() && administrators() <= 1) {
                return false;
            }
            removed.ifPresent(coordinators::delete);
            return true;
        }));
    }

    /** The administrators of the configuration and the accepted invited ones. */
    private long administrators() {
        return properties.coordinators().size() + coordinators.findAllByOrderByEmailAsc()
            .stream()
            .filter(StoredCoordinator::isAccepted)
            .filter(coordinator -> coordinator.role() == CoordinatorRole.ADMIN)
            .filter(coordinator -> !properties.isCoordinator(coordinator.email()))
            .count();
    }

    private static String normalised(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** What an invitation link says. */
    record Invitation(long coordinatorId, Instant expiresAt) {
    }

}
