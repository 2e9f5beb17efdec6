package bg.inkindmatch.web.post;

/**
 * Which side of the market a post is on: it gives (an offer) or it asks (a need). The
 * direction is a property of the post; which organisations may post on a side is the
 * side's rule ({@link PostSide}).
 */
public enum Side {

    OFFER("offer", "offers"), NEED("need", "needs");

    private final String key;

    private final String path;

    Side(String key, String path) {
        this.key = key;
        this.path = path;
    }

    /**
     * The prefix of the side's messages ({@code offer.list.title}) and of its templates.
     */
    public String key() {
        return key;
    }

    /** The side's address under the site root ({@code /offers}). */
    public String path() {
        return path;
    }

}
