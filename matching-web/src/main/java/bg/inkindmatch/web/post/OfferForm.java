package bg.inkindmatch.web.post;

import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.web.input.CleanText;
import bg.inkindmatch.web.privacy.NoPersonalData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import bg.inkindmatch.core.training.TrainingFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a company fills in to offer something. Bound to the form; never an entity. */
@PostFits
public record OfferForm(
        @NotBlank(message = "{post.title.required}") @Size(max = 120,
                message = "{field.too-long}") @CleanText @NoPersonalData String title,
        @Size(max = 4000, message = "{field.too-long}") @CleanText(multiline = true) @NoPersonalData String description,
        @NotBlank(message = "{post.category.required}") @Size(max = 60, message = "{field.too-long}") String category,
        @NotNull(message = "{post.unit.required}") Unit unit,
        @NotNull(message = "{post.quantity.required}") @Min(value = 1, message = "{post.quantity.range}") @Max(
                value = 100_000, message = "{post.quantity.range}") Integer quantity,
        @NotNull(message = "{offer.available-from.required}") @DateTimeFormat(
                iso = DateTimeFormat.ISO.DATE) LocalDate availableFrom,
        @NotNull(message = "{offer.available-until.required}") @DateTimeFormat(
                iso = DateTimeFormat.ISO.DATE) LocalDate availableUntil,
        @NotNull(message = "{offer.reach.required}") Reach reach,
        @Size(max = 1000, message = "{field.too-long}") @CleanText(multiline = true) @NoPersonalData String conditions,
        TrainingFormat format, @Size(max = 6, message = "{post.training.languages.unknown}") List<String> languages,
        @Min(value = 1, message = "{offer.training-hours.range}") @Max(value = 40,
                message = "{offer.training-hours.range}") Integer trainingHours,
        @Min(value = 1, message = "{offer.session-seats.range}") @Max(value = 500,
                message = "{offer.session-seats.range}") Integer sessionSeats,
        @Size(max = 200, message = "{field.too-long}") @CleanText @NoPersonalData String audience) implements PostForm {

    public OfferForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        category = category == null ? "" : category;
        conditions = conditions == null ? "" : conditions;
        languages = languages == null ? List.of() : List.copyOf(languages);
        audience = audience == null ? "" : audience;
    }

    /** An offer of anything but a training. */
    public OfferForm(String title, String description, String category, Unit unit, Integer quantity,
            LocalDate availableFrom, LocalDate availableUntil, Reach reach, String conditions) {
        this(title, description, category, unit, quantity, availableFrom, availableUntil, reach, conditions, null,
                List.of(), null, null, "");
    }

    /** An empty form: available from today for 60 days, within the province. */
    static OfferForm empty(LocalDate today) {
        return new OfferForm("", "", "", null, null, today, today.plusDays(60), Reach.PROVINCE, "");
    }

    /** The form of a stored offer, for editing. */
    static OfferForm of(StoredOffer offer) {
        return new OfferForm(offer.title(), offer.description(), offer.category(), offer.unit(), offer.total(),
                offer.availableFrom(), offer.availableUntil(), offer.reach(), offer.conditions(),
                offer.trainingFormat(), TrainingLanguages.split(offer.trainingLanguages()), offer.trainingHours(),
                offer.trainingSessionSeats(), offer.trainingAudience());
    }

    /** Both dates in the window; the end not before the start, and not already past. */
    @Override
    public List<Refusal> sideRefusals(DateWindow window, Places places) {
        if (availableFrom == null || availableUntil == null) {
            return List.of();
        }
        List<Refusal> refusals = new ArrayList<>();
        if (!window.contains(availableFrom)) {
            refusals.add(new Refusal("availableFrom", "{post.date.outside-window}"));
        }
        if (!window.contains(availableUntil)) {
            refusals.add(new Refusal("availableUntil", "{post.date.outside-window}"));
        }
        if (refusals.isEmpty() && availableUntil.isBefore(availableFrom)) {
            refusals.add(new Refusal("availableUntil", "{offer.available-until.before-from}"));
        }
        else if (refusals.isEmpty() && availableUntil.isBefore(window.today())) {
            refusals.add(new Refusal("availableUntil", "{offer.available-until.past}"));
        }
        return refusals;
    }
}
