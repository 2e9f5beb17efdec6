package bg.inkindmatch.web.post;

import bg.inkindmatch.core.need.Urgency;
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

/** What a centre fills in to ask for something. Bound to the form; never an entity. */
@PostFits
public record NeedForm(
        @NotBlank(message = "{post.title.required}") @Size(max = 120,
                message = "{field.too-long}") @CleanText @NoPersonalData String title,
        @Size(max = 4000, message = "{field.too-long}") @CleanText(multiline = true) @NoPersonalData String description,
        @NotBlank(message = "{post.category.required}") @Size(max = 60, message = "{field.too-long}") String category,
        @NotNull(message = "{post.unit.required}") Unit unit,
        @NotNull(message = "{post.quantity.required}") @Min(value = 1, message = "{post.quantity.range}") @Max(
                value = 100_000, message = "{post.quantity.range}") Integer quantity,
        @NotNull(message = "{need.needed-by.required}") @DateTimeFormat(
                iso = DateTimeFormat.ISO.DATE) LocalDate neededBy,
        @NotNull(message = "{need.urgency.required}") Urgency urgency,
        @NotBlank(message = "{need.handover.required}") @Size(max = 5,
                message = "{need.handover.unknown}") String handover,
        @NotBlank(message = "{need.handover-point.required}") @Size(max = 200,
                message = "{field.too-long}") @CleanText @NoPersonalData String handoverPoint,
        TrainingFormat format, @Size(max = 6, message = "{post.training.languages.unknown}") List<String> languages,
        @Size(max = 500, message = "{field.too-long}") @CleanText(multiline = true) @NoPersonalData String adaptation)
        implements
            PostForm {

    public NeedForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        category = category == null ? "" : category;
        handover = handover == null ? "" : handover;
        handoverPoint = handoverPoint == null ? "" : handoverPoint;
        languages = languages == null ? List.of() : List.copyOf(languages);
        adaptation = adaptation == null ? "" : adaptation;
    }

    /** A need of anything but a training. */
    public NeedForm(String title, String description, String category, Unit unit, Integer quantity, LocalDate neededBy,
            Urgency urgency, String handover, String handoverPoint) {
        this(title, description, category, unit, quantity, neededBy, urgency, handover, handoverPoint, null, List.of(),
                "");
    }

    /**
     * An empty form: normal urgency, needed within 30 days, handed over in the centre's
     * municipality.
     */
    static NeedForm empty(LocalDate today, String municipality) {
        return new NeedForm("", "", "", null, null, today.plusDays(30), Urgency.NORMAL, municipality, "");
    }

    /** The form of a stored need, for editing. */
    static NeedForm of(StoredNeed need) {
        return new NeedForm(need.title(), need.description(), need.category(), need.unit(), need.total(),
                need.neededBy(), need.urgency(), need.handover(), need.handoverPoint(), need.trainingFormat(),
                TrainingLanguages.split(need.trainingLanguages()), need.trainingAdaptation());
    }

    /**
     * Needed by a day in the window and not already past; handed over in a known
     * municipality.
     */
    @Override
    public List<Refusal> sideRefusals(DateWindow window, Places places) {
        List<Refusal> refusals = new ArrayList<>();
        if (neededBy != null && neededBy.isBefore(window.today())) {
            refusals.add(new Refusal("neededBy", "{need.needed-by.past}"));
        }
        else if (neededBy != null && !window.contains(neededBy)) {
            refusals.add(new Refusal("neededBy", "{post.date.outside-window}"));
        }
        if (!handover.isBlank() && places.municipality(handover).isEmpty()) {
            refusals.add(new Refusal("handover", "{need.handover.unknown}"));
        }
        return refusals;
    }
}
