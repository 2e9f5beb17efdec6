package bg.inkindmatch.web.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unified identification code (ЕИК) with its check digits right, or nothing (blank).
 * See {@link EikValidator} for the rule.
 */
@Documented
@Constraint(validatedBy = EikValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface Eik {

    String message() default "{organisation.eik.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
