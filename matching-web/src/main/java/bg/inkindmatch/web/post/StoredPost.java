package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Unit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A post as stored, whichever side it is on: what the member's lists, the status changes
 * and the coordinator need of it. {@code remaining} counts the units still free to
 * propose.
 */
public sealed interface StoredPost permits StoredOffer, StoredNeed {

    Long id();

    long organisationId();

    String title();

    String description();

    String category();

    Unit unit();

    int total();

    int remaining();

    PostStatus status();

    /** Offer or need. */
    Side side();

    /**
     * The last day the post is current: the end of availability, or the day the need is
     * needed by.
     */
    LocalDate closesOn();

    /**
     * Every text the member wrote (title, description and the side's own texts), in a
     * fixed order: what a coordinator sees before it is published.
     */
    List<String> freeText();

    /**
     * The municipality the post is about: where an offer is given from, where a need is
     * handed over.
     */
    String municipality();

    /**
     * The province of {@link #municipality()}: the first three letters of a
     * municipality's code.
     */
    default String province() {
        String municipality = municipality();
        return municipality == null || municipality.length() < 3 ? "" : municipality.substring(0, 3);
    }

    /** How many units are proposed, given or received already. */
    default int taken() {
        return total() - remaining();
    }

    /** A withdrawn post is over; every other post can be edited by its owner. */
    default boolean editable() {
        return status() != PostStatus.WITHDRAWN;
    }

    /**
     * The status changes that would change this post now, in the order a member reads
     * them.
     */
    default List<StatusChange> changes() {
        return Arrays.stream(StatusChange.values()).filter(change -> change.changes(status())).toList();
    }

}
