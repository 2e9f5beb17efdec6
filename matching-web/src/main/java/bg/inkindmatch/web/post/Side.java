package bg.inkindmatch.web.post;

import bg.inkindmatch.core.organisation.OrganisationKind;

/**
 * Which side of the market a post is on: it gives (an offer) or it asks (a need). The
 * direction is a property of the post; which kind of organisation posts on a side is the
 * side's rule: companies give, centres ask.
 */
public enum Side {

    OFFER("offer", OrganisationKind.COMPANY), NEED("need", OrganisationKind.CENTRE);

    private final String key;

    private final OrganisationKind postedBy;

    Side(String key, OrganisationKind postedBy) {
        this.key = key;
        this.postedBy = postedBy;
    }

    /** The kind of organisation that posts on this side. */
    public OrganisationKind postedBy() {
        return postedBy;
    }

    /**
     * The prefix of the side's messages ({@code offer.list.title}) and of its templates.
     */
    public String key() {
        return key;
    }

    /** The side's address under the site root ({@code /offers}). */
    public String path() {
        return key + "s";
    }

}
