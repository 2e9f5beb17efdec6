package bg.inkindmatch.web.coordinator;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A coordinator as stored: invited by an administrator, with access once the invitation
 * is accepted.
 */
@Table("coordinator")
public record StoredCoordinator(@Id Long id, String email, CoordinatorRole role,
        @MappedCollection(idColumn = "coordinator_id") Set<Province> provinces, String invitedBy, Instant invitedAt,
        Instant acceptedAt, @Version Integer version) {

    /** A new invitation. */
    static StoredCoordinator invited(String email, CoordinatorRole role, Set<String> provinces, String invitedBy,
            Instant now) {
        return new StoredCoordinator(null, email, role, provincesOf(provinces), invitedBy, now, null, null);
    }

    /** This coordinator, having accepted the invitation. */
    StoredCoordinator accepted(Instant now) {
        return new StoredCoordinator(id, email, role, provinces, invitedBy, invitedAt, now, version);
    }

    /** This coordinator, answering for other provinces. */
    StoredCoordinator answeringFor(Set<String> codes) {
        return new StoredCoordinator(id, email, role, provincesOf(codes), invitedBy, invitedAt, acceptedAt, version);
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    /** The province codes, in order. */
    public Set<String> provinceCodes() {
        return provinces.stream().map(Province::province).collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the coordinator may see. */
    CoordinatorScope scope() {
        return role == CoordinatorRole.ADMIN ? CoordinatorScope.national() : CoordinatorScope.of(provinceCodes());
    }

    private static Set<Province> provincesOf(Set<String> codes) {
        return codes.stream().map(Province::new).collect(Collectors.toSet());
    }

    /** One province a coordinator answers for. */
    @Table("coordinator_province")
    record Province(String province) {
    }

}
