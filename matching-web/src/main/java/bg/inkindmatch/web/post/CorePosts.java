package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Flow;
import bg.inkindmatch.core.training.TrainingFormat;
import bg.inkindmatch.core.training.TrainingTerms;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns stored posts and filled-in forms into the matching engine's records. */
@Component
public class CorePosts {

    /** The id a post that is only being typed gets in a preview. */
    static final long UNSAVED = -1;

    /**
     * Stored dates outside this window are not a post anybody could have made through the
     * forms.
     */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private final MatchingEngine engine;

    private final PostAttention attention;

    CorePosts(MatchingEngine engine, PostAttention attention) {
        this.engine = engine;
        this.attention = attention;
    }

    /**
     * The engine's view of a stored offer, or empty if the row cannot be read as a valid
     * offer; such a row is left out of matching and listed for the coordinator, and never
     * stops the caller.
     */
    public Optional<Offer> readable(StoredOffer offer, Organisation company) {
        return readable(Side.OFFER, offer.id(), () -> offer(offer, company));
    }

    /**
     * The engine's view of a stored need, or empty if the row cannot be read as a valid
     * need; such a row is left out of matching and listed for the coordinator, and never
     * stops the caller.
     */
    public Optional<Need> readable(StoredNeed need, Organisation centre) {
        return readable(Side.NEED, need.id(), () -> need(need, centre));
    }

    private <T> Optional<T> readable(Side side, long id, Supplier<T> conversion) {
        try {
            return Optional.of(conversion.get());
        }
        catch (RuntimeException unreadable) {
            attention.leftOut(side, id, unreadable);
            return Optional.empty();
        }
    }

    private static LocalDate sane(LocalDate date, String field) {
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException(field + " outside " + EARLIEST + ".." + LATEST + ": " + date);
        }
        return date;
    }

    /** The engine's view of an organisation of this application. */
    public static Organisation organisation(StoredOrganisation organisation) {
        return new Organisation(organisation.id(), organisation.kind(), organisation.isApproved());
    }

    private Offer offer(StoredOffer offer, Organisation company) {
        return new Offer(offer.id(), company, offer.title(), offer.description(),
                engine.taxonomy().require(offer.category()), Quantity.of(offer.total(), offer.unit()),
                offer.remaining(), sane(offer.availableFrom(), "available from"),
                sane(offer.availableUntil(), "available until"), engine.places().requireMunicipality(offer.origin()),
                offer.reach(), offer.conditions().isBlank() ? Optional.empty() : Optional.of(offer.conditions()),
                offer.status(),
                terms(offer.category(), offer.trainingFormat(), TrainingLanguages.split(offer.trainingLanguages())));
    }

    private Need need(StoredNeed need, Organisation centre) {
        return new Need(need.id(), centre, need.title(), need.description(), engine.taxonomy().require(need.category()),
                Quantity.of(need.total(), need.unit()), need.remaining(), sane(need.neededBy(), "needed by"),
                need.urgency(), engine.places().requireMunicipality(need.handover()), need.status(),
                terms(need.category(), need.trainingFormat(), TrainingLanguages.split(need.trainingLanguages())));
    }

    /**
     * The terms of a workplace training; none for any other category, whatever a form
     * sent.
     */
    private Optional<TrainingTerms> terms(String category, TrainingFormat format, List<String> languages) {
        boolean workplace = engine.taxonomy()
            .category(category)
            .filter(c -> c.flow() == Flow.TO_WORKPLACES)
            .isPresent();
        return workplace ? TrainingLanguages.terms(format, languages) : Optional.empty();
    }

    /**
     * The offer a form describes, if the form is complete and consistent enough to match.
     */
    public Optional<Offer> offer(OfferForm form, Organisation company, String origin) {
        try {
            return Optional.of(new Offer(UNSAVED, company, orPlaceholder(form.title()), form.description(),
                    engine.taxonomy().require(form.category()), Quantity.of(form.quantity(), form.unit()),
                    form.quantity(), form.availableFrom(), form.availableUntil(),
                    engine.places().requireMunicipality(origin), form.reach(), Optional.empty(), PostStatus.OPEN,
                    terms(form.category(), form.format(), form.languages())));
        }
        catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /**
     * The need a form describes, if the form is complete and consistent enough to match.
     */
    public Optional<Need> need(NeedForm form, Organisation centre) {
        try {
            return Optional.of(new Need(UNSAVED, centre, orPlaceholder(form.title()), form.description(),
                    engine.taxonomy().require(form.category()), Quantity.of(form.quantity(), form.unit()),
                    form.quantity(), form.neededBy(), form.urgency(),
                    engine.places().requireMunicipality(form.handover()), PostStatus.OPEN,
                    terms(form.category(), form.format(), form.languages())));
        }
        catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /** A title is not needed to find matches; an untitled draft still previews. */
    private static String orPlaceholder(String title) {
        return title == null || title.isBlank() ? "-" : title.length() > 120 ? title.substring(0, 120) : title;
    }

}
