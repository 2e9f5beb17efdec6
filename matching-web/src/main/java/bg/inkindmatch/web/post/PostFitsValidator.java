package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.taxonomy.Category;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks {@link PostFits}: the category and unit against the taxonomy, then the side's
 * own fields against the {@link DateWindow window} around today and the places.
 */
public class PostFitsValidator implements ConstraintValidator<PostFits, PostForm> {

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
        Optional<Category> category = form.category().isBlank() ? Optional.empty()
                : engine.taxonomy().category(form.category());
        if (!form.category().isBlank() && category.isEmpty()) {
            valid = reject(context, new PostForm.Refusal("category", "{post.category.unknown}"));
        }
        if (category.isPresent() && form.unit() != null && !category.get().allows(form.unit())) {
            valid = reject(context, new PostForm.Refusal("unit", "{post.unit.not-for-category}"));
        }
        for (PostForm.Refusal refusal : form.sideRefusals(new DateWindow(LocalDate.now(clock)), engine.places())) {
            valid = reject(context, refusal);
        }
        return valid;
    }

    private static boolean reject(ConstraintValidatorContext context, PostForm.Refusal refusal) {
        context.buildConstraintViolationWithTemplate(refusal.message())
            .addPropertyNode(refusal.field())
            .addConstraintViolation();
        return false;
    }

}
