package bg.inkindmatch.core.offer;

import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.post.Post;
import bg.inkindmatch.core.post.PostChecks;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.training.TrainingTerms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a company can give.
 *
 * @param id the offer's identifier
 * @param organisation the company that gives it
 * @param title a short title, at most 120 characters
 * @param description a description of the thing, at most 4000 characters; may be empty
 * @param category its category
 * @param total how many were offered, in a unit allowed for the category
 * @param remaining how many are still to give, between 0 and the total
 * @param availableFrom the first day it can be handed over
 * @param availableUntil the last day it can be handed over, not before
 * {@code availableFrom}
 * @param origin the municipality it comes from
 * @param reach where it can go, seen from {@code origin}
 * @param conditions conditions of the gift in free text, if any
 * @param status its state
 * @param training the terms of a workplace training (format, languages); empty for
 * anything else
 */
public record Offer(long id, Organisation organisation, String title, String description, Category category,
        Quantity total, int remaining, LocalDate availableFrom, LocalDate availableUntil, Municipality origin,
        Reach reach, Optional<String> conditions, PostStatus status, Optional<TrainingTerms> training) implements Post {

    public Offer {
        PostChecks.check(title, description, category, total, remaining, status);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(availableFrom, "availableFrom");
        Objects.requireNonNull(availableUntil, "availableUntil");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(training, "training");
        if (availableUntil.isBefore(availableFrom)) {
            throw new IllegalArgumentException(
                    "availableUntil must not be before availableFrom: " + availableUntil + " < " + availableFrom);
        }
    }

    /** An offer of anything but a training. */
    public Offer(long id, Organisation organisation, String title, String description, Category category,
            Quantity total, int remaining, LocalDate availableFrom, LocalDate availableUntil, Municipality origin,
            Reach reach, Optional<String> conditions, PostStatus status) {
        this(id, organisation, title, description, category, total, remaining, availableFrom, availableUntil, origin,
                reach, conditions, status, Optional.empty());
    }

    @Override
    public Municipality municipality() {
        return origin;
    }

    /** This offer with another remaining quantity, as after a handover. */
    public Offer withRemaining(int newRemaining) {
        return new Offer(id, organisation, title, description, category, total, newRemaining, availableFrom,
                availableUntil, origin, reach, conditions, status, training);
    }

    /** This offer in another state. */
    public Offer withStatus(PostStatus newStatus) {
        return new Offer(id, organisation, title, description, category, total, remaining, availableFrom,
                availableUntil, origin, reach, conditions, newStatus, training);
    }
}
