package bg.inkindmatch.web.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text as a person types it: no control characters, no characters that reverse the
 * direction of the text around them (they disguise what a reader sees), no broken
 * surrogate pairs; line breaks and tabs only where {@link #multiline()} allows them. What
 * passes is safe in pages, e-mail headers and exports alike.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    /**
     * Whether line breaks and tabs are allowed (descriptions), or the text is one line
     * (titles, names).
     */
    boolean multiline() default false;

    String message() default "{field.control-characters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
