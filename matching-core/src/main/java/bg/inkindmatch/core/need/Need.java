package bg.inkindmatch.core.need;

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
 * What a centre needs. There is deliberately no address: the handover point is a public
 * place in a municipality, never where anybody lives.
 *
 * @param id the need's identifier
 * @param organisation the centre that needs it
 * @param title a short title, at most 120 characters
 * @param description a description of the thing, at most 4000 characters; may be empty
 * @param category its category
 * @param total how many are needed, in a unit allowed for the category
 * @param remaining how many are still needed, between 0 and the total
 * @param neededBy the last day on which a handover still helps
 * @param urgency how urgent it is
 * @param handover the municipality of the public handover point
 * @param status its state
 * @param training the terms a workplace training must meet (format, languages); empty for
 * anything else
 */
public record Need(long id, Organisation organisation, String title, String description, Category category,
        Quantity total, int remaining, LocalDate neededBy, Urgency urgency, Municipality handover, PostStatus status,
        Optional<TrainingTerms> training) implements Post {

    public Need {
        PostChecks.check(title, description, category, total, remaining, status);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(neededBy, "neededBy");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(handover, "handover");
        Objects.requireNonNull(training, "training");
    }

    /** A need of anything but a training. */
    public Need(long id, Organisation organisation, String title, String description, Category category, Quantity total,
            int remaining, LocalDate neededBy, Urgency urgency, Municipality handover, PostStatus status) {
        this(id, organisation, title, description, category, total, remaining, neededBy, urgency, handover, status,
                Optional.empty());
    }

    @Override
    public Municipality municipality() {
        return handover;
    }

    /** This need with another remaining quantity, as after a handover. */
    public Need withRemaining(int newRemaining) {
        return new Need(id, organisation, title, description, category, total, newRemaining, neededBy, urgency,
                handover, status, training);
    }

    /** This need in another state. */
    public Need withStatus(PostStatus newStatus) {
        return new Need(id, organisation, title, description, category, total, remaining, neededBy, urgency, handover,
                newStatus, training);
    }
}
