package bg.inkindmatch.core.post;

import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Quantity;

/** What offers and needs have in common: a thing, how many, where, and in what state. */
public interface Post {

    /** The post's identifier, unique on its side (offers or needs). */
    long id();

    /** The organisation that posted it. */
    Organisation organisation();

    /** A short title. */
    String title();

    /** A description of the thing; may be empty. */
    String description();

    /** The category of the thing. */
    Category category();

    /** The quantity first posted. */
    Quantity total();

    /** How many units are still to give or to receive, between 0 and the total. */
    int remaining();

    /**
     * The municipality the post is anchored to: an offer's origin, a need's handover
     * point.
     */
    Municipality municipality();

    /** The state of the post. */
    PostStatus status();

    /**
     * Whether the post can be matched: open, with something remaining, from an approved
     * organisation.
     */
    default boolean isMatchable() {
        return status().isOpen() && remaining() > 0 && organisation().approved();
    }

}
