package bg.inkindmatch.web.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Refuses text with personal data, with a message that says which kind was found. */
public class NoPersonalDataValidator implements ConstraintValidator<NoPersonalData, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return PersonalData.find(value).map(kind -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{privacy." + kind.key() + "}").addConstraintViolation();
            return false;
        }).orElse(true);
    }

}
