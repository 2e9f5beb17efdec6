package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.web.need.NeedForm;
import bg.inkindmatch.web.offer.OfferForm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Checks {@link PostFits} against the taxonomy, the places and today's date. Every date must lie in
 * a sane window around today (a year back, three years ahead): a post is about the near future, and
 * nothing outside the window can be stored and then break matching for everybody.
 */
public class PostFitsValidator implements ConstraintValidator<PostFits, PostForm> {

    static final Period WINDOW_BACK = Period.ofYears(1);
    static final Period WINDOW_AHEAD = Period.ofYears(3);

    private final MatchingEngine engine;
    private final Clock clock;

    public PostFitsValidator(MatchingEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public boolean isValid(PostForm form, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        Optional<Category> category = form.category().isBlank() ? Optional.empty() : engine.taxonomy().category(form.category());
        if (!form.category().isBlank() && category.isEmpty()) {
            valid = reject(context, "category", "{post.category.unknown}");
        }
        if (category.isPresent() && form.unit() != null && !category.get().allows(form.unit())) {
            valid = reject(context, "unit", "{post.unit.not-for-category}");
        }
        LocalDate today = LocalDate.now(clock);
        if (form instanceof OfferForm offer) {
            valid &= offerDates(offer, today, context);
        }
        if (form instanceof NeedForm need) {
            valid &= needPlaceAndDate(need, today, context);
        }
        return valid;
    }

    private boolean offerDates(OfferForm offer, LocalDate today, ConstraintValidatorContext context) {
        if (offer.availableFrom() == null || offer.availableUntil() == null) {
            return true;
        }
        boolean inWindow = true;
        if (outsideWindow(offer.availableFrom(), today)) {
            inWindow = reject(context, "availableFrom", "{post.date.outside-window}");
        }
        if (outsideWindow(offer.availableUntil(), today)) {
            inWindow = reject(context, "availableUntil", "{post.date.outside-window}");
        }
        if (!inWindow) {
            return false;
        }
        if (offer.availableUntil().isBefore(offer.availableFrom())) {
            return reject(context, "availableUntil", "{offer.available-until.before-from}");
        }
        if (offer.availableUntil().isBefore(today)) {
            return reject(context, "availableUntil", "{offer.available-until.past}");
        }
        return true;
    }

    private boolean needPlaceAndDate(NeedForm need, LocalDate today, ConstraintValidatorContext context) {
        boolean valid = true;
        if (need.neededBy() != null && need.neededBy().isBefore(today)) {
            valid = reject(context, "neededBy", "{need.needed-by.past}");
        } else if (need.neededBy() != null && outsideWindow(need.neededBy(), today)) {
            valid = reject(context, "neededBy", "{post.date.outside-window}");
        }
        if (!need.handover().isBlank() && engine.places().municipality(need.handover()).isEmpty()) {
            valid = reject(context, "handover", "{need.handover.unknown}");
        }
        return valid;
    }

    private static boolean outsideWindow(LocalDate date, LocalDate today) {
        return date.isBefore(today.minus(WINDOW_BACK)) || date.isAfter(today.plus(WINDOW_AHEAD));
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
