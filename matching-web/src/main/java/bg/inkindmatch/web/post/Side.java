package bg.inkindmatch.web.post;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.taxonomy.Flow;

/**
 * Which side of the market a post is on: it gives (an offer) or it asks (a need). The
 * direction is a property of the post; who may post on a side depends on which way the
 * help of the post's category goes: companies give goods that centres ask for, centres
 * give trainings that companies and institutions ask for.
 */
public enum Side {

    OFFER("offer"), NEED("need");

    private final String key;

    Side(String key) {
        this.key = key;
    }

    /**
     * Whether an organisation of the kind may post on this side in a category of the
     * flow.
     */
    public boolean allows(OrganisationKind kind, Flow flow) {
        return this == OFFER ? kind.mayOffer(flow) : kind.mayRequest(flow);
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
