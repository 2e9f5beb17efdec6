package bg.inkindmatch.web.training;

import bg.inkindmatch.web.input.CleanText;
import bg.inkindmatch.web.privacy.NoPersonalData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the side that asked for a training thought of a session: a rating from 1 to 5 and
 * a short comment, which names nobody.
 */
public record FeedbackForm(
        @NotNull(message = "{feedback.rating.required}") @Min(value = 1, message = "{feedback.rating.range}") @Max(
                value = 5, message = "{feedback.rating.range}") Integer rating,
        @Size(max = 1000, message = "{field.too-long}") @CleanText(multiline = true) @NoPersonalData String comment) {

    public FeedbackForm {
        comment = comment == null ? "" : comment.trim();
    }

}
