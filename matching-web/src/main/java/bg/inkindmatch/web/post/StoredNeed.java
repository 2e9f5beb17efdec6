package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.taxonomy.Unit;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import bg.inkindmatch.core.training.TrainingFormat;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A centre's need as stored. The handover point is a public place in a municipality;
 * there is no field for where anybody lives. {@code remaining} counts the units still
 * free to propose.
 */
@Table("need")
public record StoredNeed(@Id Long id, long organisationId, String title, String description, String category, Unit unit,
        int total, int remaining, LocalDate neededBy, Urgency urgency, String handover, String handoverPoint,
        PostStatus status, Instant createdAt, Instant updatedAt, @Version Integer version,
        TrainingFormat trainingFormat, String trainingLanguages, String trainingAdaptation) implements StoredPost {

    @Override
    public Side side() {
        return Side.NEED;
    }

    @Override
    public LocalDate closesOn() {
        return neededBy;
    }

    @Override
    public String municipality() {
        return handover;
    }

    @Override
    public java.util.List<String> freeText() {
        return java.util.Arrays.asList(title, description, handoverPoint, trainingAdaptation);
    }

    /**
     * This need as another organisation sees it before a coordinator has seen its text:
     * every text the member wrote left out, the handover point too (pages show the
     * category in place of the title, and the municipality of the handover).
     */
    public StoredNeed withTextWithheld() {
        return new StoredNeed(id, organisationId, "", "", category, unit, total, remaining, neededBy, urgency, handover,
                "", status, createdAt, updatedAt, version, trainingFormat, trainingLanguages, "");
    }

    /** A new open need of the organisation. */
    static StoredNeed create(NeedForm form, long organisationId, Instant now) {
        return new StoredNeed(null, organisationId, form.title().trim(), form.description().trim(), form.category(),
                form.unit(), form.quantity(), form.quantity(), form.neededBy(), form.urgency(), form.handover(),
                form.handoverPoint().trim(), PostStatus.OPEN, now, now, null, form.format(),
                TrainingLanguages.joined(form.languages()), form.adaptation().trim());
    }

    /** This need edited; units already proposed or received stay taken. */
    StoredNeed edited(NeedForm form, Instant now) {
        int taken = total - remaining;
        return new StoredNeed(id, organisationId, form.title().trim(), form.description().trim(), form.category(),
                form.unit(), form.quantity(), form.quantity() - taken, form.neededBy(), form.urgency(), form.handover(),
                form.handoverPoint().trim(), status, createdAt, now, version, form.format(),
                TrainingLanguages.joined(form.languages()), form.adaptation().trim());
    }

    /** This need, with nothing left to give or receive after its last handover. */
    public StoredNeed exhausted(Instant now) {
        return withStatus(PostStatus.EXHAUSTED, now);
    }

    /** This need in another state. */
    StoredNeed withStatus(PostStatus newStatus, Instant now) {
        return new StoredNeed(id, organisationId, title, description, category, unit, total, remaining, neededBy,
                urgency, handover, handoverPoint, newStatus, createdAt, now, version, trainingFormat, trainingLanguages,
                trainingAdaptation);
    }
}
