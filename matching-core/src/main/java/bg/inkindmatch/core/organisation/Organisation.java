package bg.inkindmatch.core.organisation;

import java.util.Objects;

/**
 * What the matching engine knows of an organisation: who it is, what kind, and whether a
 * coordinator approved it. Contact data never enters the engine.
 *
 * @param id the organisation's identifier
 * @param kind company or centre
 * @param approved whether a coordinator approved it; only approved organisations are
 * matched
 */
public record Organisation(long id, OrganisationKind kind, boolean approved) {

    public Organisation {
        Objects.requireNonNull(kind, "kind");
    }
}
