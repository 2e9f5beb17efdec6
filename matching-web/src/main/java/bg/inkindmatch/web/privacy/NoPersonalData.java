package bg.inkindmatch.web.privacy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated free text must hold no personal data (EGN, phone number, e-mail address).
 */
@Documented
@Constraint(validatedBy = NoPersonalDataValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPersonalData {

    String message() default "{privacy.personal-data}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
