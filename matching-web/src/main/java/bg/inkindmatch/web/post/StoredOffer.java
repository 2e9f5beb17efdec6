package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.taxonomy.Unit;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import bg.inkindmatch.core.training.TrainingFormat;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A company's offer as stored. {@code remaining} counts the units still free to propose.
 */
@Table("offer")
public record StoredOffer(@Id Long id, long organisationId, String title, String description, String category,
        Unit unit, int total, int remaining, LocalDate availableFrom, LocalDate availableUntil, String origin,
        Reach reach, String conditions, PostStatus status, Instant createdAt, Instant updatedAt,
        @Version Integer version, TrainingFormat trainingFormat, String trainingLanguages, Integer trainingHours,
        Integer trainingSessionSeats, String trainingAudience) implements StoredPost {

    @Override
    public Side side() {
        return Side.OFFER;
    }

    @Override
    public LocalDate closesOn() {
        return availableUntil;
    }

    @Override
    public String municipality() {
        return origin;
    }

    @Override
    public java.util.List<String> freeText() {
        return java.util.Arrays.asList(title, description, conditions, trainingAudience);
    }

    /** A new open offer of the organisation, from its municipality. */
    static StoredOffer create(OfferForm form, long organisationId, String origin, Instant now) {
        return new StoredOffer(null, organisationId, form.title().trim(), form.description().trim(), form.category(),
                form.unit(), form.quantity(), form.quantity(), form.availableFrom(), form.availableUntil(), origin,
                form.reach(), form.conditions().trim(), PostStatus.OPEN, now, now, null, form.format(),
                TrainingLanguages.joined(form.languages()), form.trainingHours(), form.sessionSeats(),
                form.audience().trim());
    }

    /**
     * This offer edited. The units already proposed or given stay taken: the new total
     * may not be smaller than they are, and what remains is the new total less them.
     */
    StoredOffer edited(OfferForm form, Instant now) {
        int taken = total - remaining;
        return new StoredOffer(id, organisationId, form.title().trim(), form.description().trim(), form.category(),
                form.unit(), form.quantity(), form.quantity() - taken, form.availableFrom(), form.availableUntil(),
                origin, form.reach(), form.conditions().trim(), status, createdAt, now, version, form.format(),
                TrainingLanguages.joined(form.languages()), form.trainingHours(), form.sessionSeats(),
                form.audience().trim());
    }

    /**
     * This offer as another organisation sees it before a coordinator has seen its text:
     * every text the member wrote left out (pages show the category in place of the
     * title).
     */
    public StoredOffer withTextWithheld() {
        return new StoredOffer(id, organisationId, "", "", category, unit, total, remaining, availableFrom,
                availableUntil, origin, reach, "", status, createdAt, updatedAt, version, trainingFormat,
                trainingLanguages, trainingHours, trainingSessionSeats, "");
    }

    /** This offer, with nothing left to give or receive after its last handover. */
    public StoredOffer exhausted(Instant now) {
        return withStatus(PostStatus.EXHAUSTED, now);
    }

    /** This offer in another state. */
    StoredOffer withStatus(PostStatus newStatus, Instant now) {
        return new StoredOffer(id, organisationId, title, description, category, unit, total, remaining, availableFrom,
                availableUntil, origin, reach, conditions, newStatus, createdAt, now, version, trainingFormat,
                trainingLanguages, trainingHours, trainingSessionSeats, trainingAudience);
    }
}
