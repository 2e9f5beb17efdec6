package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.web.need.Need;
import bg.inkindmatch.web.need.NeedForm;
import bg.inkindmatch.web.offer.Offer;
import bg.inkindmatch.web.offer.OfferForm;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Turns stored posts and filled-in forms into the matching engine's records. */
@Component
public class CorePosts {

    /** The id a post that is only being typed gets in a preview. */
    static final long UNSAVED = -1;

    private final MatchingEngine engine;

    CorePosts(MatchingEngine engine) {
        this.engine = engine;
    }

    /** The engine's view of an organisation of this application. */
    public static Organisation organisation(bg.inkindmatch.web.organisation.Organisation organisation) {
        return new Organisation(organisation.id(), organisation.kind(), organisation.isApproved());
    }

    public bg.inkindmatch.core.offer.Offer offer(Offer offer, Organisation company) {
        return new bg.inkindmatch.core.offer.Offer(offer.id(), company, offer.title(), offer.description(),
                engine.taxonomy().require(offer.category()), Quantity.of(offer.total(), offer.unit()), offer.remaining(),
                offer.availableFrom(), offer.availableUntil(), engine.places().requireMunicipality(offer.origin()),
                offer.reach(), offer.conditions().isBlank() ? Optional.empty() : Optional.of(offer.conditions()),
                offer.status());
    }

    public bg.inkindmatch.core.need.Need need(Need need, Organisation centre) {
        return new bg.inkindmatch.core.need.Need(need.id(), centre, need.title(), need.description(),
                engine.taxonomy().require(need.category()), Quantity.of(need.total(), need.unit()), need.remaining(),
                need.neededBy(), need.urgency(), engine.places().requireMunicipality(need.handover()), need.status());
    }

    /** The offer a form describes, if the form is complete and consistent enough to match. */
    public Optional<bg.inkindmatch.core.offer.Offer> offer(OfferForm form, Organisation company, String origin) {
        try {
            return Optional.of(new bg.inkindmatch.core.offer.Offer(UNSAVED, company, orPlaceholder(form.title()),
                    form.description(), engine.taxonomy().require(form.category()),
                    Quantity.of(form.quantity(), form.unit()), form.quantity(), form.availableFrom(), form.availableUntil(),
                    engine.places().requireMunicipality(origin), form.reach(), Optional.empty(), PostStatus.OPEN));
        } catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /** The need a form describes, if the form is complete and consistent enough to match. */
    public Optional<bg.inkindmatch.core.need.Need> need(NeedForm form, Organisation centre) {
        try {
            return Optional.of(new bg.inkindmatch.core.need.Need(UNSAVED, centre, orPlaceholder(form.title()),
                    form.description(), engine.taxonomy().require(form.category()),
                    Quantity.of(form.quantity(), form.unit()), form.quantity(), form.neededBy(), form.urgency(),
                    engine.places().requireMunicipality(form.handover()), PostStatus.OPEN));
        } catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /** A title is not needed to find matches; an untitled draft still previews. */
    private static String orPlaceholder(String title) {
        return title == null || title.isBlank() ? "-" : title.length() > 120 ? title.substring(0, 120) : title;
    }
}
