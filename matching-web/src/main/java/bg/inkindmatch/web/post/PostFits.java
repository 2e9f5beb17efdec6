package bg.inkindmatch.web.post;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a post that span fields or need the reference data: a known category, a
 * unit that fits it, dates in order and not past, a known handover municipality. Each
 * error is attached to the field it concerns.
 */
@Documented
@Constraint(validatedBy = PostFitsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PostFits {

    String message() default "{post.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
