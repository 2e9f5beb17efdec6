package bg.inkindmatch.web.coordinator;

/**
 * What a coordinator may do: an administrator the whole country and invitations, a
 * coordinator their provinces.
 */
public enum CoordinatorRole {

    ADMIN, COORDINATOR

}
